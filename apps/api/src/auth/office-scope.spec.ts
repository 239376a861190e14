import { UserRole } from '@app/persistence';
import { canReadOffice, notFound, officeRelation, readableRoots } from './office-scope';
import { Principal } from './principal';

const GPO = '/g/';
const ALA = '/g/a/';
const BOS = '/g/a/b/';
const MED = '/g/a/m/';
const KAR = '/g/k/';
const user = (role: UserRole, officePath: string): Principal => ({ kind: 'user', userId: 'u', login: 'l', role, officeId: 'o', officePath });

describe('office scope', () => {
  it.each([
    [UserRole.PROSECUTOR, BOS, BOS, true],
    [UserRole.PROSECUTOR, BOS, MED, false],
    [UserRole.PROSECUTOR, ALA, BOS, false],
    [UserRole.SUPERVISOR, ALA, BOS, true],
    [UserRole.SUPERVISOR, ALA, ALA, true],
    [UserRole.SUPERVISOR, ALA, KAR, false],
    [UserRole.SUPERVISOR, BOS, ALA, false],
    [UserRole.SUPERVISOR, GPO, KAR, true],
    [UserRole.ADMINISTRATOR, GPO, BOS, false],
  ])('%s of %s reads %s: %s', (role, own, target, expected) => {
    expect(canReadOffice(user(role, own), target)).toBe(expected);
  });

  it('an integration reads the subtrees it was granted and nothing else', () => {
    const client: Principal = { kind: 'integration', clientId: 'c', name: 'n', scopes: [], officePaths: [ALA] };
    expect([BOS, MED, ALA, KAR, GPO].map((path) => canReadOffice(client, path))).toEqual([true, true, true, false, false]);
    expect(readableRoots(client)).toEqual({ exact: [], subtrees: [ALA] });
  });

  // The SQL side of reach (lists, counts, the change feed): a prosecutor's own office exactly, a
  // supervisor's subtree, nothing for an administrator (arts. 9, 13-16; administrators read no acts).
  it.each([
    [UserRole.PROSECUTOR, BOS, { exact: [BOS], subtrees: [] }],
    [UserRole.SUPERVISOR, ALA, { exact: [], subtrees: [ALA] }],
    [UserRole.ADMINISTRATOR, GPO, { exact: [], subtrees: [] }],
  ])('a %s of %s lists %j', (role, own, roots) => {
    expect(readableRoots(user(role, own))).toEqual(roots);
  });

  it('answers an object outside reach exactly as a missing one: 404 NOT_FOUND', () => {
    expect(notFound('Act').getResponse()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Act not found' });
    expect(notFound('Act').getStatus()).toBe(404);
  });

  it('an integration granted two subtrees reads each of them, not only offices inside both', () => {
    const client: Principal = { kind: 'integration', clientId: 'c', name: 'n', scopes: [], officePaths: [BOS, KAR] };
    expect([BOS, KAR, MED, ALA].map((path) => canReadOffice(client, path))).toEqual([true, true, false, false]);
  });

  it('does not confuse an office with a sibling whose id shares a prefix', () => {
    expect(canReadOffice(user(UserRole.SUPERVISOR, '/g/a/'), '/g/ab/')).toBe(false);
  });

  it.each([
    [BOS, BOS, 'SAME_OFFICE'],
    [ALA, BOS, 'HIGHER_OFFICE'],
    [GPO, BOS, 'HIGHER_OFFICE'],
    [BOS, ALA, 'LOWER_OFFICE'],
    [MED, BOS, 'UNRELATED'],
    [KAR, BOS, 'UNRELATED'],
  ])('caller at %s relates to an act of %s as %s', (caller, act, relation) => {
    expect(officeRelation(caller, act)).toBe(relation);
  });
});
