import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Keyset paging as the API serves it: "next" follows the answer's cursor, "previous" pops the
 * cursors this browser walked through (the API has no page numbers to jump to).
 */
export function KeysetPager({ history, nextCursor, onChange }: { history: string[]; nextCursor: string | null | undefined; onChange: (history: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginTop: 16 }}>
      <Button disabled={history.length === 0} onClick={() => onChange(history.slice(0, -1))}>
        {t('cases.previous')}
      </Button>
      <Button disabled={!nextCursor} onClick={() => nextCursor && onChange([...history, nextCursor])}>
        {t('cases.next')}
      </Button>
    </Space>
  );
}
