// The seeder's set-based steps. Ids are md5-derived from the row's ordinal ('act:42'), so one
// statement can compute a deadline's act id without reading the acts back.
import { Client } from 'pg';
import { ActTemplate, DeadlineTemplate } from './templates';
import { DISTRICTS_PER_REGION, REGIONS } from './fixture';

export interface SeedShape {
  acts: number;
  actsPerCase: number;
  templates: number;
  slots: number;
}

const DISTRICTS = REGIONS * DISTRICTS_PER_REGION;
const PROSECUTORS_PER_DISTRICT = 3;

/** GPO → 17 regional offices → 10 below each, with materialised paths; a head for each, prosecutors below. */
export async function seedOffices(db: Client, passwordHash: string): Promise<number> {
  await db.query(
    `INSERT INTO offices (id, code, name_kk, name_ru, name_en, level, kind, parent_id, path, depth)
     SELECT md5('office:GPO')::uuid, 'GPO', 'Қазақстан Республикасының Бас прокуратурасы', 'Генеральная прокуратура Республики Казахстан',
            'General Prosecutor''s Office', 'GENERAL', 'GENERAL_PROSECUTORS_OFFICE', NULL, '/' || md5('office:GPO')::uuid || '/', 0`,
  );
  await db.query(
    `INSERT INTO offices (id, code, name_kk, name_ru, name_en, level, kind, parent_id, path, depth)
     SELECT md5('office:' || code)::uuid, code, code || ' облыс прокуратурасы', 'Прокуратура ' || code, code || ' Regional Prosecutor''s Office', 'REGIONAL',
            CASE r WHEN 1 THEN 'CAPITAL' WHEN 2 THEN 'CITY_OF_REPUBLICAN_SIGNIFICANCE' WHEN 3 THEN 'CITY_OF_REPUBLICAN_SIGNIFICANCE' ELSE 'REGION' END,
            md5('office:GPO')::uuid, '/' || md5('office:GPO')::uuid || '/' || md5('office:' || code)::uuid || '/', 1
       FROM generate_series(1, $1::int) r, LATERAL (SELECT 'R' || lpad(r::text, 2, '0') AS code) c`,
    [REGIONS],
  );
  await db.query(
    `INSERT INTO offices (id, code, name_kk, name_ru, name_en, level, kind, parent_id, path, depth)
     SELECT md5('office:' || code)::uuid, code, code || ' аудан прокуратурасы', 'Прокуратура ' || code, code || ' District Prosecutor''s Office', 'DISTRICT',
            (ARRAY['DISTRICT','DISTRICT','DISTRICT','DISTRICT','CITY','CITY','INTER_DISTRICT','MILITARY','SPECIALISED','DISTRICT'])[d],
            p.id, p.path || md5('office:' || code)::uuid || '/', 2
       FROM generate_series(1, $1::int) r, generate_series(1, $2::int) d,
            LATERAL (SELECT 'R' || lpad(r::text, 2, '0') || '-D' || lpad(d::text, 2, '0') AS code) c,
            LATERAL (SELECT id, path FROM offices WHERE code = 'R' || lpad(r::text, 2, '0')) p`,
    [REGIONS, DISTRICTS_PER_REGION],
  );
  // Heads supervise their subtree; three prosecutors per office below a region file the acts.
  await db.query(
    `INSERT INTO users (id, login, full_name, email, role, office_id, password_hash)
     SELECT md5('user:' || login)::uuid, login, full_name, login || '@bench.prokuratura.kz', role, office_id, $1
       FROM (SELECT lower(o.code) || '.head' AS login, 'Head of ' || o.code AS full_name, 'SUPERVISOR' AS role, o.id AS office_id FROM offices o
             UNION ALL
             SELECT lower(o.code) || '.p' || n, 'Prosecutor ' || n || ' of ' || o.code, 'PROSECUTOR', o.id
               FROM offices o, generate_series(1, $2::int) n WHERE o.level = 'DISTRICT'
             UNION ALL
             SELECT 'bench.admin', 'Bench administrator', 'ADMINISTRATOR', md5('office:GPO')::uuid) u`,
    [passwordHash, PROSECUTORS_PER_DISTRICT],
  );
  // District k (0-based) → office, path and its prosecutors: how cases and acts find their office.
  await db.query(
    `CREATE TEMP TABLE seed_district AS
     SELECT (r - 1) * $2::int + d - 1 AS k, o.id AS office_id, o.path,
            ARRAY(SELECT md5('user:' || lower(o.code) || '.p' || n)::uuid FROM generate_series(1, $3::int) n) AS prosecutors
       FROM generate_series(1, $1::int) r CROSS JOIN generate_series(1, $2::int) d
       JOIN offices o ON o.code = 'R' || lpad(r::text, 2, '0') || '-D' || lpad(d::text, 2, '0')`,
    [REGIONS, DISTRICTS_PER_REGION, PROSECUTORS_PER_DISTRICT],
  );
  await db.query('CREATE UNIQUE INDEX ON seed_district (k)');
  await db.query('ANALYZE seed_district');
  const { rows } = await db.query<{ n: string }>('SELECT (SELECT count(*) FROM offices) + (SELECT count(*) FROM users) AS n');
  return Number(rows[0].n);
}

/** Uploads the domain-computed templates into temp tables the set-based inserts join against. */
export async function uploadTemplates(db: Client, acts: readonly ActTemplate[], deadlines: readonly DeadlineTemplate[], slotInstants: readonly Date[]): Promise<void> {
  await db.query(
    `CREATE TEMP TABLE seed_act_tpl AS
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(idx int, type text, kind text, state text, suspended_from text, complaint_pending boolean,
                                                      steps int, edition_id text, attributes jsonb, terminal boolean, initial text)`,
    [
      JSON.stringify(
        acts.map((act) => ({
          idx: act.index,
          type: act.machine.actType,
          kind: act.machine.kind,
          state: act.state,
          suspended_from: act.suspendedFrom,
          complaint_pending: act.complaintPending,
          steps: act.steps,
          edition_id: act.machine.editionId,
          attributes: act.attributes,
          terminal: act.machine.terminal.includes(act.state),
          initial: act.machine.initial,
        })),
      ),
    ],
  );
  await db.query('CREATE UNIQUE INDEX ON seed_act_tpl (idx)');
  await db.query('CREATE TEMP TABLE seed_initial AS SELECT DISTINCT type, kind, initial FROM seed_act_tpl');
  await db.query(`CREATE TEMP TABLE seed_slot AS SELECT (ordinality - 1)::int AS slot, at::timestamptz AS at FROM unnest($1::text[]) WITH ORDINALITY AS s(at)`, [
    slotInstants.map((at) => at.toISOString()),
  ]);
  await db.query('CREATE UNIQUE INDEX ON seed_slot (slot)');
  await db.query(
    `CREATE TEMP TABLE seed_deadline_tpl (act int, slot int, kind text, status text, runs_against text, triggered_at timestamptz, due_at timestamptz,
       met_at timestamptz, missed_at timestamptz, citation text, edition_id text, explanation jsonb, fires_term_missed boolean, ledger jsonb)`,
  );
  for (let i = 0; i < deadlines.length; i += 500) {
    await db.query(
      `INSERT INTO seed_deadline_tpl
       SELECT act, slot, kind, status, "runsAgainst", "triggeredAt", "dueAt", "metAt", "missedAt", citation, "editionId", explanation, "firesTermMissed", ledger
         FROM jsonb_to_recordset($1::jsonb) AS t(act int, slot int, kind text, status text, "runsAgainst" text, "triggeredAt" timestamptz, "dueAt" timestamptz,
              "metAt" timestamptz, "missedAt" timestamptz, citation text, "editionId" text, explanation jsonb, "firesTermMissed" boolean, ledger jsonb)`,
      [JSON.stringify(deadlines.slice(i, i + 500))],
    );
  }
  await db.query('CREATE INDEX ON seed_deadline_tpl (act, slot)');
  // acts.next_due_at: the earliest statutory due among the act's running clocks.
  await db.query(`CREATE TEMP TABLE seed_next_due AS SELECT act, slot, min(due_at) AS due_at FROM seed_deadline_tpl WHERE status = 'OPEN' GROUP BY act, slot`);
  await db.query('CREATE UNIQUE INDEX ON seed_next_due (act, slot)');
  await db.query('ANALYZE seed_act_tpl, seed_slot, seed_deadline_tpl, seed_next_due');
}

// Act g: template g % T, trigger slot (g / T) % S, case g / actsPerCase, office district (case % DISTRICTS).
const ACT_SOURCE = `
  FROM generate_series($1::bigint, $2::bigint) g
  JOIN seed_act_tpl t ON t.idx = g % $3::int
  JOIN seed_slot s ON s.slot = (g / $3::int) % $4::int
  JOIN seed_district dist ON dist.k = (g / $5::int) % ${DISTRICTS}`;

const actParams = (shape: SeedShape, from: number, to: number) => [from, to, shape.templates, shape.slots, shape.actsPerCase];

/** A case carries the created_at of its first act's slot; it is CLOSED when every act of it has ended. */
export async function seedCases(db: Client, shape: SeedShape): Promise<number> {
  const result = await db.query(
    `INSERT INTO cases (id, number, subject, addressee_name, office_id, office_path, responsible_prosecutor_id, status, version, created_at, updated_at)
     SELECT md5('case:' || c)::uuid, 'BENCH-' || lpad(c::text, 8, '0'), 'Supervision of compliance, matter ' || c, 'Akimat of district ' || (c % ${DISTRICTS}),
            dist.office_id, dist.path, dist.prosecutors[1 + (c / ${DISTRICTS}) % array_length(dist.prosecutors, 1)],
            CASE WHEN x.ended THEN 'CLOSED' ELSE 'OPEN' END, 1, x.first_at - interval '2 days', x.last_at
       FROM (SELECT g / $4::int AS c, bool_and(t.terminal) AS ended, min(s.at) AS first_at, max(s.at) AS last_at
               FROM generate_series(0, $1::bigint - 1) g
               JOIN seed_act_tpl t ON t.idx = g % $2::int
               JOIN seed_slot s ON s.slot = (g / $2::int) % $3::int
              GROUP BY g / $4::int) x
       JOIN seed_district dist ON dist.k = x.c % ${DISTRICTS}`,
    [shape.acts, shape.templates, shape.slots, shape.actsPerCase],
  );
  return result.rowCount ?? 0;
}

/** Acts in [from, to): author is the case's responsible prosecutor; created a day before the clock's trigger. */
export async function seedActs(db: Client, shape: SeedShape, from: number, to: number): Promise<number> {
  const result = await db.query(
    `INSERT INTO acts (id, case_id, office_id, office_path, type, kind, state, suspended_from, complaint_pending, version, edition_id, issued_at,
                       title, addressee_name, target_description, attributes, linked_act_id, link_reason, author_id, responsible_user_id, next_due_at, created_at, updated_at)
     SELECT md5('act:' || g)::uuid, md5('case:' || g / $5::int)::uuid, dist.office_id, dist.path, t.type, t.kind, t.state, t.suspended_from,
            t.complaint_pending, t.steps + 1, t.edition_id, CASE WHEN t.steps > 0 THEN s.at - interval '12 hours' END,
            initcap(replace(t.type, '_', ' ')) || ' No. ' || g, 'Akimat of district ' || ((g / $5::int) % ${DISTRICTS}), 'Decision No. ' || g || ' of the addressee',
            t.attributes, NULL, NULL, dist.prosecutors[1 + ((g / $5::int) / ${DISTRICTS}) % array_length(dist.prosecutors, 1)],
            dist.prosecutors[1 + ((g / $5::int) / ${DISTRICTS}) % array_length(dist.prosecutors, 1)], nd.due_at,
            s.at - interval '1 day', s.at
     ${ACT_SOURCE}
     LEFT JOIN seed_next_due nd ON nd.act = t.idx AND nd.slot = s.slot`,
    actParams(shape, from, to - 1),
  );
  return result.rowCount ?? 0;
}

/** Each act's clocks from the template of its state and slot; the ledger's id becomes the row's id. */
export async function seedDeadlines(db: Client, shape: SeedShape, from: number, to: number): Promise<number> {
  const result = await db.query(
    `INSERT INTO deadlines (id, act_id, office_id, office_path, kind, status, runs_against, triggered_at, due_at, internal_target_at, met_at, missed_at,
                            citation, edition_id, explanation, fires_term_missed, ledger, escalation_level, version, created_at, updated_at)
     SELECT id, md5('act:' || g)::uuid, dist.office_id, dist.path, d.kind, d.status, d.runs_against, d.triggered_at, d.due_at, NULL, d.met_at, d.missed_at,
            d.citation, d.edition_id, d.explanation, d.fires_term_missed, jsonb_set(d.ledger, '{id}', to_jsonb(id::text)), 0,
            CASE d.status WHEN 'OPEN' THEN 1 ELSE 2 END, d.triggered_at, coalesce(d.met_at, d.missed_at, d.triggered_at)
     ${ACT_SOURCE}
     JOIN seed_deadline_tpl d ON d.act = t.idx AND d.slot = s.slot,
     LATERAL (SELECT md5('deadline:' || g || ':' || d.kind)::uuid AS id) i`,
    actParams(shape, from, to - 1),
  );
  return result.rowCount ?? 0;
}

/**
 * The audit rows the API writes when a case is opened and an act filed, in creation order. The
 * AuditLogChain trigger numbers and hashes each under a transaction-level lock: one transaction
 * takes that lock once instead of once per row.
 */
export async function seedAudit(db: Client): Promise<number> {
  await db.query('BEGIN');
  try {
    const result = await db.query(
      `INSERT INTO audit_log (occurred_at, actor_user_id, actor_client_id, actor_role, actor_office_id, request_id, action, entity_type, entity_id, case_id, office_path, before, after, prev_hash, hash)
       SELECT e.at, e.actor, NULL, 'PROSECUTOR', e.office_id, NULL, e.action, e.entity_type, e.id::text, e.case_id, e.office_path, NULL, e.after, '', ''
         FROM (
           SELECT c.created_at AS at, c.responsible_prosecutor_id AS actor, c.office_id, 'case.created' AS action, 'case' AS entity_type, c.id, c.id AS case_id,
                  c.office_path, jsonb_build_object('id', c.id, 'number', c.number, 'subject', c.subject, 'addresseeName', c.addressee_name, 'officeId', c.office_id,
                  'responsibleProsecutorId', c.responsible_prosecutor_id, 'status', 'OPEN', 'version', 1, 'createdAt', c.created_at, 'updatedAt', c.created_at) AS after
             FROM cases c
           UNION ALL
           SELECT a.created_at, a.author_id, a.office_id, 'act.filed', 'act', a.id, a.case_id, a.office_path,
                  jsonb_build_object('id', a.id, 'caseId', a.case_id, 'officeId', a.office_id, 'type', a.type, 'kind', a.kind, 'state', m.initial, 'version', 1,
                  'editionId', a.edition_id, 'title', a.title, 'addresseeName', a.addressee_name, 'targetDescription', a.target_description,
                  'attributes', a.attributes, 'linkedActId', NULL, 'linkReason', NULL, 'authorId', a.author_id, 'issuedAt', NULL,
                  'nextDueAt', NULL, 'complaintPending', false, 'suspendedFrom', NULL, 'createdAt', a.created_at, 'updatedAt', a.created_at)
             FROM acts a JOIN seed_initial m ON m.type = a.type AND m.kind IS NOT DISTINCT FROM a.kind
         ) e
        ORDER BY e.at, e.entity_type DESC, e.id`,
    );
    await db.query('COMMIT');
    return result.rowCount ?? 0;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
