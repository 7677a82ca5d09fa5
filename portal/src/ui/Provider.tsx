import { useEffect, useState } from 'preact/hooks';
import type { OwnedGroup } from '../client/chain';
import type { PublisherStatus } from '../client/gatekeeper';
import { PROVIDER_STATUS_HELP, categoryName } from '../client/vocabulary';
import {
  addGroupMember, createGroup, dissolveGroup, gatekeeperProblem, loadProviderDesk, lookUpPatient, lookedUp, openRelationship,
  providerDesk, removeGroupMember, saveProfile, type ProviderDesk,
} from '../provider';
import { account, notes, personName } from '../state';
import { Badge, Notice, countOf as count, shortAccount } from './common';
import { SensitiveBadge, recordLine } from './Patient';

/**
 * A provider's desk, for its registration and IT staff: is the gatekeeper serving patients with
 * the profile's key, is the database in step with the chain, who invited us, one patient's
 * relationship and records, and the groups grants can name. The records themselves stay in the
 * provider's own systems: the desk shows only what the chain holds.
 */
export function Provider() {
  const a = account.value;
  useEffect(() => {
    lookedUp.value = null;
    void loadProviderDesk();
  }, [a?.address]);
  const d = providerDesk.value;
  const ready = d && d.for === a?.address;
  return (
    <section aria-labelledby="provider-title">
      <h1 id="provider-title">{ready && d.profile ? d.profile.name : 'Provider desk'}</h1>
      {!ready && <Notice>Reading your profile, gatekeeper and groups…</Notice>}
      {ready && (
        <>
          <Gatekeeper d={d} />
          <Invitations />
          <FindPatient />
          <Groups groups={d.groups} />
          <Profile d={d} />
        </>
      )}
    </section>
  );
}

function Gatekeeper({ d }: { d: ProviderDesk }) {
  const problem = gatekeeperProblem(d);
  const info = d.gatekeeper && 'info' in d.gatekeeper ? d.gatekeeper.info : undefined;
  return (
    <article class="card" aria-labelledby="gk-title" data-testid="gatekeeper-state">
      <header class="row">
        <h2 id="gk-title">Gatekeeper</h2>
        <button type="button" onClick={() => void loadProviderDesk()}>Check again</button>
      </header>
      {d.profile && <p class="mono hash">{d.profile.endpoint}</p>}
      {problem ? <Notice kind="error">{problem}</Notice>
        : info && <Notice kind="ok">Serving your patients, following block {info.head?.number ?? '…'}, with the receipt key your profile names (version {info.version}).</Notice>}
      {info && <Publishing status={info.publisher} />}
    </article>
  );
}

const timeText = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Where the publisher stands: in step, behind (and by how long), or failing; what it holds back. */
function Publishing({ status: s }: { status: PublisherStatus | null }) {
  if (!s) {
    return (
      <p class="help" data-testid="publishing">
        This gatekeeper does not publish pointers: records reach the chain only as your staff add them
        (<span class="mono">medrec-gatekeeper pointer</span>). Its <span class="mono">[publisher]</span> settings turn publishing on.
      </p>
    );
  }
  const inStep = s.waiting === 0 && s.failing === 0 && s.behindSecs === 0 && !s.lastRoundFailed;
  return (
    <div data-testid="publishing">
      <h3>Publishing your records</h3>
      {s.lastRound === 0 ? <Notice>The first round has not ended yet.</Notice>
        : s.lastRoundFailed ? <Notice kind="error">The last round ({timeText(s.lastRound)}) could not reach the chain or your database; it tries again every {count(s.intervalSecs, 'second')}. The gatekeeper's log says why.</Notice>
        : inStep ? <Notice kind="ok">In step with your database: {count(s.published, 'record')} on the chain (last checked {timeText(s.lastRound)}, every {count(s.intervalSecs, 'second')}).</Notice>
        : (
          <Notice kind="error">
            Behind your database for {Math.round(s.behindSecs)} s: {count(s.published, 'record')} on the chain,
            {' '}{count(s.waiting, 'change')} waiting for the rate limit{s.failing > 0 ? `, ${count(s.failing, 'change')} being tried again` : ''}.
          </Notice>
        )}
      {(s.refused > 0 || s.unlinked > 0) && (
        <ul class="help">
          {s.unlinked > 0 && <li>{count(s.unlinked, 'record')} held back: their MedRec number belongs to no patient. Check the number recorded at registration.</li>}
          {s.refused > 0 && <li>{count(s.refused, 'record')} held back: the patient rejected your records.</li>}
        </ul>
      )}
    </div>
  );
}

function Invitations() {
  const invitations = notes.value.flatMap((n) => (n.kind === 'invitation' ? [n.patient] : []));
  return (
    <article class="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      {invitations.length === 0 ? <p class="help">No patient is waiting for you. Patients invite you from their portal; you can also open a relationship below.</p> : (
        <ul class="records">
          {invitations.map((patient) => (
            <li key={patient} data-testid="invitation">
              <span>{personName(patient)} invited you.</span>
              <button class="primary" onClick={() => void openRelationship(patient)}>Accept<span class="sr-only"> {personName(patient)}'s invitation</span></button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function FindPatient() {
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const found = lookedUp.value;
  const r = found?.records;
  return (
    <article class="card" aria-labelledby="find-title">
      <h2 id="find-title">A patient</h2>
      <form onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setProblem(await lookUpPatient(query));
        setBusy(false);
      }}>
        <label for="find-patient">MedRec number or account</label>
        <input id="find-patient" value={query} autocomplete="off" spellcheck={false} inputMode="text"
          onInput={(e) => setQuery(e.currentTarget.value)} aria-describedby="find-help" />
        <p id="find-help" class="help">
          The number the patient's portal shows them. Your gatekeeper links it to your own patient record (its
          {' '}<span class="mono">:patient</span> column); nothing else about them is on the chain.
        </p>
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>Look up</button>
      </form>
      {problem && <Notice kind="error">{problem}</Notice>}
      {found && (
        <div class="found" data-testid="patient-at-desk">
          <h3>{personName(found.patient)}{found.number !== undefined ? ` · MedRec number ${found.number}` : ''}</h3>
          {!r ? (
            <>
              <p>No relationship with you yet. Open one, and your gatekeeper can publish their records.</p>
              <button class="primary" onClick={() => void openRelationship(found.patient)}>Open a relationship<span class="sr-only"> with {personName(found.patient)}</span></button>
            </>
          ) : (
            <>
              <p class="row"><Badge status={r.status} /> <span class="help">{PROVIDER_STATUS_HELP[r.status]}</span></p>
              {r.pointerCount === 0 ? <p class="help">No records published for them yet.</p> : (
                <>
                  <ul class="records">
                    {r.pointers.map((p) => (
                      <li key={String(p.id)}>
                        <span class="record-name">
                          <span class="category">{categoryName(p.category)}</span>
                          <span class="muted" title={`record ${String(p.id)}`}>{recordLine(p)}</span>
                        </span>
                        <SensitiveBadge category={p.category} />
                      </li>
                    ))}
                  </ul>
                  <p class="help">{r.pointers.length < r.pointerCount ? `The newest ${r.pointers.length} of ${count(r.pointerCount, 'record')}.` : `${count(r.pointerCount, 'record')}.`}</p>
                </>
              )}
            </>
          )}
        </div>
      )}
    </article>
  );
}

function Groups({ groups }: { groups: OwnedGroup[] }) {
  return (
    <article class="card" aria-labelledby="groups-title">
      <header class="row">
        <h2 id="groups-title">Groups</h2>
        <button type="button" onClick={() => void createGroup()}>Create a group</button>
      </header>
      <p class="help">
        A patient can share with a group (a department, a care team) rather than with each clinician; whoever you add
        sees what was shared from then on, and nothing once removed. Each member holds a small deposit from you.
      </p>
      {groups.length === 0 && <p>You manage no group yet.</p>}
      {groups.map((g) => <Group key={g.id} g={g} />)}
    </article>
  );
}

function Group({ g }: { g: OwnedGroup }) {
  const [who, setWho] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `group-${g.id}`;
  return (
    <section class="group" aria-labelledby={`${id}-title`} data-testid="group">
      <header class="row">
        <h3 id={`${id}-title`}>Group {g.id} · {count(g.members.length, 'member')}</h3>
        <button type="button" class="danger" onClick={() => void dissolveGroup(g.id)}>Dissolve<span class="sr-only"> group {g.id}</span></button>
      </header>
      <ul class="records">
        {g.members.map((m) => (
          <li key={m}>
            <span title={m}>{personName(m)}</span>
            <button type="button" onClick={() => void removeGroupMember(g.id, m)}>Remove<span class="sr-only"> {personName(m)} from group {g.id}</span></button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={async (e) => {
        e.preventDefault();
        const why = await addGroupMember(g.id, who);
        setProblem(why);
        if (!why) setWho('');
      }}>
        <label for={`${id}-who`} class="sr-only">Account to add to group {g.id}</label>
        <input id={`${id}-who`} placeholder="Account to add (5…)" value={who} autocomplete="off" spellcheck={false}
          onInput={(e) => setWho(e.currentTarget.value)} />
        <button type="submit">Add<span class="sr-only"> to group {g.id}</span></button>
      </form>
      {problem && <Notice kind="error">{problem}</Notice>}
    </section>
  );
}

function Profile({ d }: { d: ProviderDesk }) {
  const gatekeeperKey = d.gatekeeper && 'info' in d.gatekeeper ? d.gatekeeper.info.receiptKey : undefined;
  const [name, setName] = useState(d.profile?.name ?? '');
  const [endpoint, setEndpoint] = useState(d.profile?.endpoint ?? '');
  const [signingKey, setSigningKey] = useState(d.profile?.signingKey ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form class="card" aria-labelledby="profile-title" noValidate onSubmit={async (e) => {
      e.preventDefault();
      setProblem(await saveProfile({ name, endpoint, signingKey }));
    }}>
      <h2 id="profile-title">Public profile</h2>
      <p class="help">What every patient's portal reads: your name, where your gatekeeper answers, and the key it signs receipts with.</p>
      <label for="profile-name">Institution's name</label>
      <input id="profile-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="profile-endpoint">Gatekeeper address</label>
      <input id="profile-endpoint" value={endpoint} placeholder="https://…" autocomplete="off" spellcheck={false}
        onInput={(e) => setEndpoint(e.currentTarget.value)} />
      <label for="profile-key">Receipt key</label>
      <input id="profile-key" class="mono" value={signingKey} autocomplete="off" spellcheck={false}
        onInput={(e) => setSigningKey(e.currentTarget.value)} aria-describedby="profile-key-help" />
      <p id="profile-key-help" class="help">
        {gatekeeperKey && gatekeeperKey.toLowerCase() !== signingKey.toLowerCase()
          ? <>Your gatekeeper signs with <span class="mono hash">{gatekeeperKey}</span>. <button type="button" class="link" onClick={() => setSigningKey(gatekeeperKey)}>Use it</button></>
          : <><span class="mono">medrec-gatekeeper key</span> prints it on the gatekeeper's machine.</>}
      </p>
      {problem && <Notice kind="error">{problem}</Notice>}
      <button class="primary" type="submit">{d.profile ? 'Update the profile' : 'Publish the profile'}</button>
      {d.profile && <p class="help">Account <span class="mono">{shortAccount(d.for)}</span>; changing the profile adjusts its deposit to its size.</p>}
    </form>
  );
}
