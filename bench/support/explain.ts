// EXPLAIN (ANALYZE, BUFFERS) of a statement, reduced to what a reader checks: which nodes and
// indexes it used, how many buffers it touched, how long it ran.
import { Client } from 'pg';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  nodes: string[];
  indexes: string[];
  seqScans: string[];
  sharedHit: number;
  sharedRead: number;
  executionMs: number;
  usesIndex: boolean;
  hasOffset: boolean;
}

function flatten(node: PlanNode, depth = 0): Array<{ node: PlanNode; depth: number }> {
  return [{ node, depth }, ...(node.Plans ?? []).flatMap((child) => flatten(child, depth + 1))];
}

export async function explain(db: Client, sql: string, params: readonly unknown[]): Promise<PlanSummary> {
  const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, [...params]);
  const [{ Plan: root, 'Execution Time': executionMs }] = rows[0]['QUERY PLAN'];
  const all = flatten(root);
  return {
    nodes: all.map(({ node, depth }) => `${'  '.repeat(depth)}${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''} (rows ${node['Actual Rows'] ?? '?'})`),
    indexes: [...new Set(all.map(({ node }) => node['Index Name']).filter((name): name is string => !!name))],
    seqScans: all.filter(({ node }) => node['Node Type'] === 'Seq Scan').map(({ node }) => node['Relation Name'] ?? '?'),
    sharedHit: root['Shared Hit Blocks'] ?? 0,
    sharedRead: root['Shared Read Blocks'] ?? 0,
    executionMs,
    usesIndex: all.some(({ node }) => /Index/.test(node['Node Type'])),
    // A keyset page never skips rows: no OFFSET in the statement, so none in the plan's Limit.
    hasOffset: /\boffset\b/i.test(sql),
  };
}
