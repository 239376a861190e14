import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { labelOf, type Catalog } from '../../api/catalog';
import type { Schemas } from '../../api/client';
import { citationText } from '../../components/article';
import { formatDateTime } from '../../format';

type Act = Schemas['ActDetail'];

/** The article a transition applied, from the act's state machines in the catalog. */
function articleOf(t: TFunction, catalog: Catalog | undefined, act: Act, row: Schemas['ActTransition']): string | null {
  const machines = catalog?.machines.filter((machine) => machine.actType === act.type && machine.editionId === act.editionId) ?? [];
  for (const machine of machines) {
    const match = machine.rows.find((candidate) => candidate.event === row.event && candidate.from === row.fromState);
    if (match?.citation) return citationText(t, match.citation);
  }
  return null;
}

/** Who did what, when, from which state to which, under which article — oldest first. */
export function History({ act, catalog }: { act: Act; catalog: Catalog | undefined }) {
  const { t } = useTranslation();
  const people = new Map([
    [act.author.id, act.author.fullName],
    [act.responsible.id, act.responsible.fullName],
  ]);
  const eventLabel = (event: string) => labelOf([...(catalog?.events ?? []), ...(catalog?.recordEvents ?? [])], event);
  return (
    <Timeline
      items={act.history.map((row) => {
        const article = articleOf(t, catalog, act, row);
        const who = row.actorUserId ? (people.get(row.actorUserId) ?? labelOf(catalog?.actorRoles, row.actorRole)) : labelOf(catalog?.actorRoles, row.actorRole) || t('act.system');
        return {
          key: row.version,
          children: (
            <div data-testid="history-row">
              <Typography.Text strong>{eventLabel(row.event)}</Typography.Text>
              {article && <Typography.Text type="secondary"> · {article}</Typography.Text>}
              <br />
              <Typography.Text type="secondary">
                {formatDateTime(row.occurredAt)} · {who}
              </Typography.Text>
              <br />
              {row.fromState ? `${labelOf(catalog?.states, row.fromState)} → ` : ''}
              {labelOf(catalog?.states, row.toState)}
            </div>
          ),
        };
      })}
    />
  );
}
