import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * One colour language for deadlines across the app, always with its text (never colour alone):
 * open blue, due soon amber, overdue red, met green, missed dark red. Text colours are dark enough
 * on their tints for WCAG AA contrast (axe checks it).
 */
export type DeadlineTone = 'open' | 'dueSoon' | 'overdue' | 'met' | 'missed' | 'paused' | 'cancelled' | 'none';
const NEUTRAL = { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' };
export const TONE_STYLES: Record<DeadlineTone, { color: string; background: string; borderColor: string }> = {
  open: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  dueSoon: { color: '#613400', background: '#fffbe6', borderColor: '#ffd666' },
  overdue: { color: '#820014', background: '#fff1f0', borderColor: '#ffa39e' },
  met: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  missed: { color: '#5c0011', background: '#ffccc7', borderColor: '#ff7875' },
  paused: NEUTRAL,
  cancelled: NEUTRAL,
  none: NEUTRAL,
};
/** Within three days of its due date a deadline is "due soon" (policy for the display, not statute). */
const SOON_MS = 3 * 24 * 3600 * 1000;

export function toneOf(deadline: { status?: string; dueAt?: string | null; overdue?: boolean } | null | undefined, now = Date.now()): DeadlineTone {
  if (!deadline || !deadline.dueAt) return 'none';
  switch (deadline.status) {
    case 'MET':
      return 'met';
    case 'MISSED':
      return 'missed';
    case 'PAUSED':
      return 'paused';
    case 'CANCELLED':
      return 'cancelled';
  }
  const due = new Date(deadline.dueAt).getTime();
  if (deadline.overdue || due < now) return 'overdue';
  return due - now < SOON_MS ? 'dueSoon' : 'open';
}

export function DeadlineTag({ tone }: { tone: DeadlineTone }) {
  const { t } = useTranslation();
  return (
    <Tag style={TONE_STYLES[tone]} data-tone={tone}>
      {t(`status.${tone}`)}
    </Tag>
  );
}
