import type { View } from '../state';
import { SharedRecord, SharedWithMe } from './Clinician';

export function Clinician({ v }: { v: View }) {
  return v.name === 'shared-record' ? <SharedRecord {...v} /> : <SharedWithMe />;
}
