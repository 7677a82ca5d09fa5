import { useState } from 'preact/hooks';
import type { Motion } from '../client/chain';
import { dateOfBlock } from '../client/chain';
import {
  account, admissionThreshold, best, chain, closeMotion, members, motionList, motionText, personName, proposeAdmission, closedNotes,
  voteOn,
} from '../state';
import { Notice, dateText } from './common';

/**
 * A consortium member's desk: propose admitting a provider or researcher (the proposer's aye
 * goes with the proposal), vote on open motions, and close them once decided.
 */
export function Consortium() {
  const list = motionList.value;
  const seats = members.value.length;
  return (
    <section aria-labelledby="consortium-title">
      <h1 id="consortium-title">Consortium</h1>
      <p class="help">
        The consortium's {seats} member institutions govern MedRec. Admitting a provider or a researcher takes a
        motion with the ayes of two thirds of the members ({admissionThreshold(seats)} of {seats}); changing the
        chain's rules as root (a runtime upgrade) takes three quarters.
      </p>
      <ProposeAdmission />
      <h2>Open motions</h2>
      {!list && <Notice>Reading the consortium's motions…</Notice>}
      {list && list.length === 0 && <p>No motion is open.</p>}
      {list?.map((m) => <MotionCard key={m.hash} m={m} seats={seats} />)}
      {closedNotes.value.map((text) => <Notice kind="ok" key={text}>{text}</Notice>)}
    </section>
  );
}

function ProposeAdmission() {
  const [who, setWho] = useState('');
  const [role, setRole] = useState<'Provider' | 'Researcher'>('Provider');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form class="card" aria-labelledby="admit-title" onSubmit={async (e) => {
      e.preventDefault();
      setProblem(await proposeAdmission(who, role));
    }}>
      <h2 id="admit-title">Propose an admission</h2>
      <label for="admit-who">Account of the institution or researcher</label>
      <input id="admit-who" value={who} onInput={(e) => setWho((e.target as HTMLInputElement).value)} autocomplete="off" spellcheck={false} />
      <fieldset>
        <legend>Admit as</legend>
        {(['Provider', 'Researcher'] as const).map((r) => (
          <label class="check" key={r}>
            <input type="radio" name="admit-role" checked={role === r} onChange={() => setRole(r)} />
            {r === 'Provider' ? 'A provider (a hospital, clinic or lab)' : 'A researcher'}
          </label>
        ))}
      </fieldset>
      <p class="help">Your aye goes with the proposal; the other members vote on it here.</p>
      {problem && <Notice kind="error">{problem}</Notice>}
      <button class="primary" type="submit">Propose</button>
    </form>
  );
}

function MotionCard({ m, seats }: { m: Motion; seats: number }) {
  const me = account.value!.address;
  const c = chain.value!;
  const b = best.value;
  const mine = m.ayes.includes(me) ? 'for' : m.nays.includes(me) ? 'against' : null;
  const passed = m.ayes.length >= m.threshold;
  const defeated = m.nays.length > seats - m.threshold;
  const ended = !!b && b.number >= m.end;
  const names = (list: string[]) => (list.length ? list.map(personName).join(', ') : 'nobody yet');
  return (
    <article class="card" data-testid="motion">
      <h3>{motionText(m)}</h3>
      <p>
        <strong>{m.ayes.length} of {m.threshold}</strong> ayes needed · {m.nays.length} nay{m.nays.length === 1 ? '' : 's'}
        {b && !ended && <> · open until {dateText(dateOfBlock(m.end, b.number, c.blockTimeMs))}</>}
        {ended && <> · voting has ended</>}
      </p>
      <p class="muted">For: {names(m.ayes)}. Against: {names(m.nays)}.</p>
      {mine && <p>You voted {mine}.</p>}
      <div class="actions">
        {!passed && !defeated && !ended && mine !== 'for' && (
          <button class="primary" aria-label={`Vote for: ${motionText(m)}`} onClick={() => voteOn(m, true)}>Vote for</button>
        )}
        {!passed && !defeated && !ended && mine !== 'against' && (
          <button aria-label={`Vote against: ${motionText(m)}`} onClick={() => voteOn(m, false)}>Vote against</button>
        )}
        {(passed || defeated || ended) && (
          <button class="primary" aria-label={`${passed ? 'Close and enact' : 'Close'}: ${motionText(m)}`} onClick={() => closeMotion(m)}>
            {passed ? 'Close and enact' : 'Close'}
          </button>
        )}
      </div>
    </article>
  );
}
