/**
 * The coverage resources of the mock backend, checked against its own data:
 * the generated registry and the applications of the demo.
 */
import { expect } from '@open-wc/testing';
import { createClient } from '../../src/client/client.js';
import type { ApplicationInput, CoverageOrganization } from '../../src/contract/types.js';
import { PENDING_APPLICATION } from '../../src/mocks/db.js';
import { mock } from '../support/mock.js';
import { failure } from '../support/failure.js';

const AKHTY = '0500500000100';
const AKHTY_DISTRICT = '0500500000000';

const application: ApplicationInput = {
  kind: 'organization',
  settlementId: AKHTY,
  fullName: 'Муниципальное казённое общеобразовательное учреждение "Ахтынская НОШ № 9"',
  inn: '0504000031',
  ogrn: '1020504000010',
  kpp: '050401001',
  address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 9',
  administrator: {
    lastName: 'Алиева',
    firstName: 'Зарема',
    position: 'Секретарь',
    email: 'nosh9@ahty.ru',
    phone: '+79280000009',
  },
};

/** Every organization of the list behind the numbers, through all its pages. */
async function wholeList(municipalityId: string | null, status?: CoverageOrganization['status']) {
  const api = createClient({ baseUrl: '/api' });
  const items: CoverageOrganization[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.listCoverageOrganizations(municipalityId, {
      status: status ? [status] : undefined,
      limit: 100,
      cursor,
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('coverage in the mock backend', () => {
  const api = () => createClient({ baseUrl: '/api' });

  before(() => mock.start());
  afterEach(() => mock.reset());

  it('counts the registry of a district and the applicants of the demo', async () => {
    const registry = mock.db.organizations.filter((o) => o.municipalityId === AKHTY_DISTRICT);
    const summary = await api().getCoverage(AKHTY_DISTRICT);

    expect(summary.name).to.equal('Ахтынский район');
    // The seeded pending application is the one applicant of the district.
    expect(summary.known).to.equal(registry.length + 1);
    expect(summary.connected).to.equal(registry.filter((o) => o.connected).length);
    expect(summary.notConnected).to.equal(registry.filter((o) => !o.connected).length);
    expect([summary.pending, summary.rejected]).to.deep.equal([1, 0]);
  });

  it('counts an application in review as pending, as one received', async () => {
    const before = await api().getCoverage(AKHTY_DISTRICT);
    mock.db.reviewApplication(PENDING_APPLICATION.number);
    const after = await api().getCoverage(AKHTY_DISTRICT);
    expect([after.known, after.pending, after.notConnected]).to.deep.equal([
      before.known,
      before.pending,
      before.notConnected,
    ]);
    expect(after.pending).to.equal(1);
    const listed = await wholeList(AKHTY_DISTRICT, 'pending');
    expect(listed.map((o) => o.application)).to.deep.equal([PENDING_APPLICATION.number]);
  });

  it('breaks the region down by municipality and a district by settlement', async () => {
    const region = await api().getCoverage(null);
    expect(region.breakdown).to.equal('municipality');
    expect(region.areas).to.have.length(mock.db.municipalities.length);
    const sum = (key: 'known' | 'connected' | 'pending' | 'rejected' | 'notConnected') =>
      region.areas!.reduce((total, area) => total + area[key], 0);
    expect(sum('known')).to.equal(region.known);
    expect(sum('connected')).to.equal(region.connected);
    expect(sum('notConnected')).to.equal(region.notConnected);

    const district = await api().getCoverage(AKHTY_DISTRICT);
    expect(district.breakdown).to.equal('settlement');
    const akhty = district.areas!.find((area) => area.id === AKHTY)!;
    expect(akhty.name).to.equal('Ахты');
    expect(akhty.known).to.equal(mock.db.organizationsOf(AKHTY).length + 1);
  });

  it('lists the organizations behind every number, with status and date', async () => {
    const summary = await api().getCoverage(AKHTY_DISTRICT);
    const all = await wholeList(AKHTY_DISTRICT);
    expect(all).to.have.length(summary.known);
    expect((await wholeList(AKHTY_DISTRICT, 'none')).length).to.equal(summary.notConnected);
    expect((await wholeList(AKHTY_DISTRICT, 'connected')).length).to.equal(summary.connected);

    const pending = all.find((o) => o.status === 'pending')!;
    expect(pending.application).to.equal(PENDING_APPLICATION.number);
    expect(pending.settlementName).to.equal('Ахты');
    expect(pending.changedAt).to.equal('2026-11-20T09:15:00.000Z');
    expect(all.filter((o) => o.status === 'none').every((o) => o.changedAt === null)).to.equal(
      true,
    );
    expect(all.filter((o) => o.status === 'connected').every((o) => o.changedAt)).to.equal(true);
  });

  it('searches the list as the school list does, by name, kind or INN', async () => {
    const byKind = await api().listCoverageOrganizations(AKHTY_DISTRICT, {
      query: 'ахтынская вечерняя',
    });
    expect(byKind.items.map((o) => o.application)).to.deep.equal([PENDING_APPLICATION.number]);

    const school = mock.db.organizationsOf(AKHTY)[0]!;
    const byInn = await api().listCoverageOrganizations(null, { query: school.inn!.slice(0, 8) });
    expect(byInn.items.map((o) => o.id)).to.include(school.id);

    const folded = await api().listCoverageOrganizations(AKHTY_DISTRICT, {
      query: 'АХТЫНСКАЯ   «СОШ»',
    });
    expect(folded.total).to.be.greaterThan(0);
    expect(folded.items.every((o) => /Ахтынская/.test(o.fullName))).to.equal(true);
  });

  it('moves the numbers when an application is sent, approved and the next one rejected', async () => {
    const before = await api().getCoverage(AKHTY_DISTRICT);
    const timeline = await api().getCoverageTimeline(AKHTY_DISTRICT);
    const sent = await api().createApplication(application, 'coverage-test');

    const waiting = await api().getCoverage(AKHTY_DISTRICT);
    expect([waiting.known, waiting.pending]).to.deep.equal([before.known + 1, before.pending + 1]);

    mock.db.approveApplication(sent.number);
    const approved = await api().getCoverage(AKHTY_DISTRICT);
    expect(approved.known).to.equal(before.known + 1);
    expect(approved.connected).to.equal(before.connected + 1);
    expect(approved.pending).to.equal(before.pending);

    const after = await api().getCoverageTimeline(AKHTY_DISTRICT);
    const lastBefore = timeline.weeks[timeline.weeks.length - 1]!;
    const lastAfter = after.weeks[after.weeks.length - 1]!;
    expect(lastAfter.total).to.equal(lastBefore.total + 1);
    expect(lastAfter.connected).to.equal(lastBefore.connected + 1);

    mock.db.rejectApplication(PENDING_APPLICATION.number, 'Неверный ИНН.');
    const rejected = await api().getCoverage(AKHTY_DISTRICT);
    expect([rejected.pending, rejected.rejected]).to.deep.equal([0, 1]);
  });

  it('counts connections per week, the totals adding up to the connected', async () => {
    const { weeks } = await api().getCoverageTimeline(null);
    const region = await api().getCoverage(null);
    expect(weeks.length).to.be.greaterThan(4);
    expect(weeks.reduce((sum, week) => sum + week.connected, 0)).to.equal(region.connected);
    expect(weeks[weeks.length - 1]!.total).to.equal(region.connected);
    for (const week of weeks) expect(new Date(`${week.week}T00:00Z`).getUTCDay()).to.equal(1);
  });

  it('answers 404 for an unknown municipality and 422 for an unknown status', async () => {
    expect((await failure(api().getCoverageTimeline('nowhere'))).status).to.equal(404);
    const unknown = api().listCoverageOrganizations(null, { status: ['lost' as 'none'] });
    expect((await failure(unknown)).status).to.equal(422);
  });
});
