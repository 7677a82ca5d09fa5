import { Enum, GetEnum, SizedHex, SS58String, ResultPayload, FixedSizeArray, TxCallData } from "polkadot-api";
type AnonymousEnum<T extends {}> = T & {
    __anonymous: true;
};
type MyTuple<T> = [T, ...T[]];
type SeparateUndefined<T> = undefined extends T ? undefined | Exclude<T, undefined> : T;
type Anonymize<T> = SeparateUndefined<T extends string | number | bigint | boolean | void | undefined | null | symbol | Uint8Array | Enum<any> ? T : T extends AnonymousEnum<infer V> ? Enum<V> : T extends MyTuple<any> ? {
    [K in keyof T]: T[K];
} : T extends [] ? [] : T extends FixedSizeArray<infer L, infer T> ? number extends L ? Array<T> : FixedSizeArray<L, T> : {
    [K in keyof T & string]: T[K];
}>;
export type I5sesotjlssv2d = {
    "nonce": number;
    "consumers": number;
    "providers": number;
    "sufficients": number;
    "data": Anonymize<I1q8tnt1cluu5j>;
};
export type I1q8tnt1cluu5j = {
    "free": bigint;
    "reserved": bigint;
    "frozen": bigint;
    "flags": bigint;
};
export type Iffmde3ekjedi9 = {
    "normal": Anonymize<I4q39t5hn830vp>;
    "operational": Anonymize<I4q39t5hn830vp>;
    "mandatory": Anonymize<I4q39t5hn830vp>;
};
export type I4q39t5hn830vp = {
    "ref_time": bigint;
    "proof_size": bigint;
};
export type I4mddgoa69c0a2 = Array<DigestItem>;
export type DigestItem = Enum<{
    "PreRuntime": Anonymize<I82jm9g7pufuel>;
    "Consensus": Anonymize<I82jm9g7pufuel>;
    "Seal": Anonymize<I82jm9g7pufuel>;
    "Other": Uint8Array;
    "RuntimeEnvironmentUpdated": undefined;
}>;
export declare const DigestItem: GetEnum<DigestItem>;
export type I82jm9g7pufuel = [SizedHex<4>, Uint8Array];
export type I89aoa89q5581l = Array<{
    "phase": Phase;
    "event": Anonymize<Iai42psvu09adv>;
    "topics": Anonymize<Ic5m5lp1oioo8r>;
}>;
export type Phase = Enum<{
    "ApplyExtrinsic": number;
    "Finalization": undefined;
    "Initialization": undefined;
}>;
export declare const Phase: GetEnum<Phase>;
export type Iai42psvu09adv = AnonymousEnum<{
    "System": Anonymize<I3ndg8b1f316k3>;
    "ParachainSystem": Anonymize<Icbsekf57miplo>;
    "Balances": Anonymize<Ieespo2bvq7iv1>;
    "TransactionPayment": TransactionPaymentEvent;
    "Consortium": Anonymize<If5af6cqqbkqic>;
    "ConsortiumMembership": Anonymize<Ibraem55mlft17>;
    "Sudo": Anonymize<I8m009bah3u341>;
    "CollatorSelection": Anonymize<I4srakrmf0fspo>;
    "Session": Anonymize<I6ue0ck5fc3u44>;
    "XcmpQueue": Anonymize<Idsqc7mhp6nnle>;
    "PolkadotXcm": Anonymize<If95hivmqmkiku>;
    "CumulusXcm": Anonymize<I5uv57c3fffoi9>;
    "MessageQueue": Anonymize<I2kosejppk3jon>;
    "Utility": Anonymize<I84i2o3vbhptmv>;
    "Proxy": Anonymize<I5qvd4ijar8pi4>;
    "Recovery": Anonymize<Ieflvrceqef0t7>;
    "Registrar": Anonymize<I9nf8mdijg6oj>;
    "Relationships": Anonymize<I9dft50t6pu5j4>;
    "Permissions": Anonymize<I80hpsr3nq86b>;
    "Research": Anonymize<I140c161b4ao85>;
}>;
export type I3ndg8b1f316k3 = AnonymousEnum<{
    /**
     * An extrinsic completed successfully.
     */
    "ExtrinsicSuccess": Anonymize<Ia82mnkmeo2rhc>;
    /**
     * An extrinsic failed.
     */
    "ExtrinsicFailed": Anonymize<I6vedsuj12oqe1>;
    /**
     * `:code` was updated to the code with the given hash.
     */
    "CodeUpdated": Anonymize<I1jm8m1rh9e20v>;
    /**
     * A new account was created.
     */
    "NewAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * An account was reaped.
     */
    "KilledAccount": Anonymize<Icbccs0ug47ilf>;
    /**
     * On on-chain remark happened.
     */
    "Remarked": Anonymize<I855j4i3kr8ko1>;
    /**
     * An upgrade was authorized.
     */
    "UpgradeAuthorized": Anonymize<Ibgl04rn6nbfm6>;
    /**
     * An invalid authorized upgrade was rejected while trying to apply it.
     */
    "RejectedInvalidAuthorizedUpgrade": Anonymize<I67g6ogqvrhtrj>;
}>;
export type Ia82mnkmeo2rhc = {
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type Ic9s8f85vjtncc = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "pays_fee": Anonymize<Iehg04bj71rkd>;
};
export type DispatchClass = Enum<{
    "Normal": undefined;
    "Operational": undefined;
    "Mandatory": undefined;
}>;
export declare const DispatchClass: GetEnum<DispatchClass>;
export type Iehg04bj71rkd = AnonymousEnum<{
    "Yes": undefined;
    "No": undefined;
}>;
export type I6vedsuj12oqe1 = {
    "dispatch_error": Anonymize<I2e7h8vec1rinm>;
    "dispatch_info": Anonymize<Ic9s8f85vjtncc>;
};
export type I2e7h8vec1rinm = AnonymousEnum<{
    "Other": undefined;
    "CannotLookup": undefined;
    "BadOrigin": undefined;
    "Module": Enum<{
        "System": Anonymize<I5o0s7c8q1cc9b>;
        "ParachainSystem": Anonymize<Icjkr35j4tmg7k>;
        "Timestamp": undefined;
        "ParachainInfo": undefined;
        "WeightReclaim": undefined;
        "Balances": Anonymize<Idj13i7adlomht>;
        "TransactionPayment": undefined;
        "Consortium": Anonymize<I7n7mcmnnfjfl2>;
        "ConsortiumMembership": Anonymize<Ie3flrv31mi7gh>;
        "Sudo": Anonymize<Iaug04qjhbli00>;
        "ConsortiumRoot": undefined;
        "Authorship": undefined;
        "CollatorSelection": Anonymize<I36bcffk2387dv>;
        "Session": Anonymize<I1e07dgbaqd1sq>;
        "Aura": undefined;
        "AuraExt": undefined;
        "AuthorityDiscovery": undefined;
        "XcmpQueue": Anonymize<Idnnbndsjjeqqs>;
        "PolkadotXcm": Anonymize<I4vcvo9od6afmt>;
        "CumulusXcm": undefined;
        "MessageQueue": Anonymize<I5iupade5ag2dp>;
        "Utility": Anonymize<I8dt2g2hcrgh36>;
        "Proxy": Anonymize<Iuvt54ei4cehc>;
        "Recovery": Anonymize<Iafv8cljfta0is>;
        "Registrar": Anonymize<Ie7pbrhnhguapm>;
        "Relationships": Anonymize<Ijp05jemrqtgn>;
        "Permissions": Anonymize<Iffit8ntjqkmu0>;
        "Research": Anonymize<I4cfktdfukr3j6>;
    }>;
    "ConsumerRemaining": undefined;
    "NoProviders": undefined;
    "TooManyConsumers": undefined;
    "Token": TokenError;
    "Arithmetic": ArithmeticError;
    "Transactional": TransactionalError;
    "Exhausted": undefined;
    "Corruption": undefined;
    "Unavailable": undefined;
    "RootNotAllowed": undefined;
    "Trie": Enum<{
        "InvalidStateRoot": undefined;
        "IncompleteDatabase": undefined;
        "ValueAtIncompleteKey": undefined;
        "DecoderError": undefined;
        "InvalidHash": undefined;
        "DuplicateKey": undefined;
        "ExtraneousNode": undefined;
        "ExtraneousValue": undefined;
        "ExtraneousHashReference": undefined;
        "InvalidChildReference": undefined;
        "ValueMismatch": undefined;
        "IncompleteProof": undefined;
        "RootMismatch": undefined;
        "DecodeError": undefined;
    }>;
}>;
export type I5o0s7c8q1cc9b = AnonymousEnum<{
    /**
     * The name of specification does not match between the current runtime
     * and the new runtime.
     */
    "InvalidSpecName": undefined;
    /**
     * The specification version is not allowed to decrease between the current runtime
     * and the new runtime.
     */
    "SpecVersionNeedsToIncrease": undefined;
    /**
     * Failed to extract the runtime version from the new runtime.
     *
     * Either calling `Core_version` or decoding `RuntimeVersion` failed.
     */
    "FailedToExtractRuntimeVersion": undefined;
    /**
     * Suicide called when the account has non-default composite data.
     */
    "NonDefaultComposite": undefined;
    /**
     * There is a non-zero reference count preventing the account from being purged.
     */
    "NonZeroRefCount": undefined;
    /**
     * The origin filter prevent the call to be dispatched.
     */
    "CallFiltered": undefined;
    /**
     * A multi-block migration is ongoing and prevents the current code from being replaced.
     */
    "MultiBlockMigrationsOngoing": undefined;
    /**
     * No upgrade authorized.
     */
    "NothingAuthorized": undefined;
    /**
     * The submitted code is not authorized.
     */
    "Unauthorized": undefined;
}>;
export type Icjkr35j4tmg7k = AnonymousEnum<{
    /**
     * Attempt to upgrade validation function while existing upgrade pending.
     */
    "OverlappingUpgrades": undefined;
    /**
     * Polkadot currently prohibits this parachain from upgrading its validation function.
     */
    "ProhibitedByPolkadot": undefined;
    /**
     * The supplied validation function has compiled into a blob larger than Polkadot is
     * willing to run.
     */
    "TooBig": undefined;
    /**
     * The inherent which supplies the validation data did not run this block.
     */
    "ValidationDataNotAvailable": undefined;
    /**
     * The inherent which supplies the host configuration did not run this block.
     */
    "HostConfigurationNotAvailable": undefined;
    /**
     * No validation function upgrade is currently scheduled.
     */
    "NotScheduled": undefined;
}>;
export type Idj13i7adlomht = AnonymousEnum<{
    /**
     * Vesting balance too high to send value.
     */
    "VestingBalance": undefined;
    /**
     * Account liquidity restrictions prevent withdrawal.
     */
    "LiquidityRestrictions": undefined;
    /**
     * Balance too low to send value.
     */
    "InsufficientBalance": undefined;
    /**
     * Value too low to create account due to existential deposit.
     */
    "ExistentialDeposit": undefined;
    /**
     * Transfer/payment would kill account.
     */
    "Expendability": undefined;
    /**
     * A vesting schedule already exists for this account.
     */
    "ExistingVestingSchedule": undefined;
    /**
     * Beneficiary account must pre-exist.
     */
    "DeadAccount": undefined;
    /**
     * Number of named reserves exceed `MaxReserves`.
     */
    "TooManyReserves": undefined;
    /**
     * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
     */
    "TooManyHolds": undefined;
    /**
     * Number of freezes exceed `MaxFreezes`.
     */
    "TooManyFreezes": undefined;
    /**
     * The issuance cannot be modified since it is already deactivated.
     */
    "IssuanceDeactivated": undefined;
    /**
     * The delta cannot be zero.
     */
    "DeltaZero": undefined;
}>;
export type I7n7mcmnnfjfl2 = AnonymousEnum<{
    /**
     * Account is not a member
     */
    "NotMember": undefined;
    /**
     * Duplicate proposals not allowed
     */
    "DuplicateProposal": undefined;
    /**
     * Proposal must exist
     */
    "ProposalMissing": undefined;
    /**
     * Mismatched index
     */
    "WrongIndex": undefined;
    /**
     * Duplicate vote ignored
     */
    "DuplicateVote": undefined;
    /**
     * Members are already initialized!
     */
    "AlreadyInitialized": undefined;
    /**
     * The close call was made too early, before the end of the voting.
     */
    "TooEarly": undefined;
    /**
     * There can only be a maximum of `MaxProposals` active proposals.
     */
    "TooManyProposals": undefined;
    /**
     * The given weight bound for the proposal was too low.
     */
    "WrongProposalWeight": undefined;
    /**
     * The given length bound for the proposal was too low.
     */
    "WrongProposalLength": undefined;
    /**
     * Prime account is not a member
     */
    "PrimeAccountNotMember": undefined;
    /**
     * Proposal is still active.
     */
    "ProposalActive": undefined;
}>;
export type Ie3flrv31mi7gh = AnonymousEnum<{
    /**
     * Already a member.
     */
    "AlreadyMember": undefined;
    /**
     * Not a member.
     */
    "NotMember": undefined;
    /**
     * Too many members.
     */
    "TooManyMembers": undefined;
}>;
export type Iaug04qjhbli00 = AnonymousEnum<{
    /**
     * Sender must be the Sudo account.
     */
    "RequireSudo": undefined;
}>;
export type I36bcffk2387dv = AnonymousEnum<{
    /**
     * The pallet has too many candidates.
     */
    "TooManyCandidates": undefined;
    /**
     * Leaving would result in too few candidates.
     */
    "TooFewEligibleCollators": undefined;
    /**
     * Account is already a candidate.
     */
    "AlreadyCandidate": undefined;
    /**
     * Account is not a candidate.
     */
    "NotCandidate": undefined;
    /**
     * There are too many Invulnerables.
     */
    "TooManyInvulnerables": undefined;
    /**
     * Account is already an Invulnerable.
     */
    "AlreadyInvulnerable": undefined;
    /**
     * Account is not an Invulnerable.
     */
    "NotInvulnerable": undefined;
    /**
     * Account has no associated validator ID.
     */
    "NoAssociatedValidatorId": undefined;
    /**
     * Validator ID is not yet registered.
     */
    "ValidatorNotRegistered": undefined;
    /**
     * Could not insert in the candidate list.
     */
    "InsertToCandidateListFailed": undefined;
    /**
     * Could not remove from the candidate list.
     */
    "RemoveFromCandidateListFailed": undefined;
    /**
     * New deposit amount would be below the minimum candidacy bond.
     */
    "DepositTooLow": undefined;
    /**
     * Could not update the candidate list.
     */
    "UpdateCandidateListFailed": undefined;
    /**
     * Deposit amount is too low to take the target's slot in the candidate list.
     */
    "InsufficientBond": undefined;
    /**
     * The target account to be replaced in the candidate list is not a candidate.
     */
    "TargetIsNotCandidate": undefined;
    /**
     * The updated deposit amount is equal to the amount already reserved.
     */
    "IdenticalDeposit": undefined;
    /**
     * Cannot lower candidacy bond while occupying a future collator slot in the list.
     */
    "InvalidUnreserve": undefined;
}>;
export type I1e07dgbaqd1sq = AnonymousEnum<{
    /**
     * Invalid ownership proof.
     */
    "InvalidProof": undefined;
    /**
     * No associated validator ID for account.
     */
    "NoAssociatedValidatorId": undefined;
    /**
     * Registered duplicate key.
     */
    "DuplicatedKey": undefined;
    /**
     * No keys are associated with this account.
     */
    "NoKeys": undefined;
    /**
     * Key setting account is not live, so it's impossible to associate keys.
     */
    "NoAccount": undefined;
}>;
export type Idnnbndsjjeqqs = AnonymousEnum<{
    /**
     * Setting the queue config failed since one of its values was invalid.
     */
    "BadQueueConfig": undefined;
    /**
     * The execution is already suspended.
     */
    "AlreadySuspended": undefined;
    /**
     * The execution is already resumed.
     */
    "AlreadyResumed": undefined;
    /**
     * There are too many active outbound channels.
     */
    "TooManyActiveOutboundChannels": undefined;
    /**
     * The message is too big.
     */
    "TooBig": undefined;
}>;
export type I4vcvo9od6afmt = AnonymousEnum<{
    /**
     * The desired destination was unreachable, generally because there is a no way of routing
     * to it.
     */
    "Unreachable": undefined;
    /**
     * There was some other issue (i.e. not to do with routing) in sending the message.
     * Perhaps a lack of space for buffering the message.
     */
    "SendFailure": undefined;
    /**
     * The message execution fails the filter.
     */
    "Filtered": undefined;
    /**
     * The message's weight could not be determined.
     */
    "UnweighableMessage": undefined;
    /**
     * The destination `Location` provided cannot be inverted.
     */
    "DestinationNotInvertible": undefined;
    /**
     * The assets to be sent are empty.
     */
    "Empty": undefined;
    /**
     * Could not re-anchor the assets to declare the fees for the destination chain.
     */
    "CannotReanchor": undefined;
    /**
     * Too many assets have been attempted for transfer.
     */
    "TooManyAssets": undefined;
    /**
     * Origin is invalid for sending.
     */
    "InvalidOrigin": undefined;
    /**
     * The version of the `Versioned` value used is not able to be interpreted.
     */
    "BadVersion": undefined;
    /**
     * The given location could not be used (e.g. because it cannot be expressed in the
     * desired version of XCM).
     */
    "BadLocation": undefined;
    /**
     * The referenced subscription could not be found.
     */
    "NoSubscription": undefined;
    /**
     * The location is invalid since it already has a subscription from us.
     */
    "AlreadySubscribed": undefined;
    /**
     * Could not check-out the assets for teleportation to the destination chain.
     */
    "CannotCheckOutTeleport": undefined;
    /**
     * The owner does not own (all) of the asset that they wish to do the operation on.
     */
    "LowBalance": undefined;
    /**
     * The asset owner has too many locks on the asset.
     */
    "TooManyLocks": undefined;
    /**
     * The given account is not an identifiable sovereign account for any location.
     */
    "AccountNotSovereign": undefined;
    /**
     * The operation required fees to be paid which the initiator could not meet.
     */
    "FeesNotMet": undefined;
    /**
     * A remote lock with the corresponding data could not be found.
     */
    "LockNotFound": undefined;
    /**
     * The unlock operation cannot succeed because there are still consumers of the lock.
     */
    "InUse": undefined;
    /**
     * Invalid asset, reserve chain could not be determined for it.
     */
    "InvalidAssetUnknownReserve": undefined;
    /**
     * Invalid asset, do not support remote asset reserves with different fees reserves.
     */
    "InvalidAssetUnsupportedReserve": undefined;
    /**
     * Too many assets with different reserve locations have been attempted for transfer.
     */
    "TooManyReserves": undefined;
    /**
     * Local XCM execution incomplete.
     */
    "LocalExecutionIncomplete": undefined;
    /**
     * Too many locations authorized to alias origin.
     */
    "TooManyAuthorizedAliases": undefined;
    /**
     * Expiry block number is in the past.
     */
    "ExpiresInPast": undefined;
    /**
     * The alias to remove authorization for was not found.
     */
    "AliasNotFound": undefined;
    /**
     * Local XCM execution incomplete with the actual XCM error and the index of the
     * instruction that caused the error.
     */
    "LocalExecutionIncompleteWithError": Anonymize<I5r8t4iaend96p>;
}>;
export type I5r8t4iaend96p = {
    "index": number;
    "error": Enum<{
        "Overflow": undefined;
        "Unimplemented": undefined;
        "UntrustedReserveLocation": undefined;
        "UntrustedTeleportLocation": undefined;
        "LocationFull": undefined;
        "LocationNotInvertible": undefined;
        "BadOrigin": undefined;
        "InvalidLocation": undefined;
        "AssetNotFound": undefined;
        "FailedToTransactAsset": undefined;
        "NotWithdrawable": undefined;
        "LocationCannotHold": undefined;
        "ExceedsMaxMessageSize": undefined;
        "DestinationUnsupported": undefined;
        "Transport": undefined;
        "Unroutable": undefined;
        "UnknownClaim": undefined;
        "FailedToDecode": undefined;
        "MaxWeightInvalid": undefined;
        "NotHoldingFees": undefined;
        "TooExpensive": undefined;
        "Trap": undefined;
        "ExpectationFalse": undefined;
        "PalletNotFound": undefined;
        "NameMismatch": undefined;
        "VersionIncompatible": undefined;
        "HoldingWouldOverflow": undefined;
        "ExportError": undefined;
        "ReanchorFailed": undefined;
        "NoDeal": undefined;
        "FeesNotMet": undefined;
        "LockError": undefined;
        "NoPermission": undefined;
        "Unanchored": undefined;
        "NotDepositable": undefined;
        "TooManyAssets": undefined;
        "UnhandledXcmVersion": undefined;
        "WeightLimitReached": undefined;
        "Barrier": undefined;
        "WeightNotComputable": undefined;
        "ExceedsStackLimit": undefined;
    }>;
};
export type I5iupade5ag2dp = AnonymousEnum<{
    /**
     * Page is not reapable because it has items remaining to be processed and is not old
     * enough.
     */
    "NotReapable": undefined;
    /**
     * Page to be reaped does not exist.
     */
    "NoPage": undefined;
    /**
     * The referenced message could not be found.
     */
    "NoMessage": undefined;
    /**
     * The message was already processed and cannot be processed again.
     */
    "AlreadyProcessed": undefined;
    /**
     * The message is queued for future execution.
     */
    "Queued": undefined;
    /**
     * There is temporarily not enough weight to continue servicing messages.
     */
    "InsufficientWeight": undefined;
    /**
     * This message is temporarily unprocessable.
     *
     * Such errors are expected, but not guaranteed, to resolve themselves eventually through
     * retrying.
     */
    "TemporarilyUnprocessable": undefined;
    /**
     * The queue is paused and no message can be executed from it.
     *
     * This can change at any time and may resolve in the future by re-trying.
     */
    "QueuePaused": undefined;
    /**
     * Another call is in progress and needs to finish before this call can happen.
     */
    "RecursiveDisallowed": undefined;
}>;
export type I8dt2g2hcrgh36 = AnonymousEnum<{
    /**
     * Too many calls batched.
     */
    "TooManyCalls": undefined;
}>;
export type Iuvt54ei4cehc = AnonymousEnum<{
    /**
     * There are too many proxies registered or too many announcements pending.
     */
    "TooMany": undefined;
    /**
     * Proxy registration not found.
     */
    "NotFound": undefined;
    /**
     * Sender is not a proxy of the account to be proxied.
     */
    "NotProxy": undefined;
    /**
     * A call which is incompatible with the proxy type's filter was attempted.
     */
    "Unproxyable": undefined;
    /**
     * Account is already a proxy.
     */
    "Duplicate": undefined;
    /**
     * Call may not be made by proxy because it may escalate its privileges.
     */
    "NoPermission": undefined;
    /**
     * Announcement, if made at all, was made too recently.
     */
    "Unannounced": undefined;
    /**
     * Cannot add self as proxy.
     */
    "NoSelfProxy": undefined;
}>;
export type Iafv8cljfta0is = AnonymousEnum<{
    /**
     * This attempt is already fully approved and does not need any more votes.
     */
    "AlreadyApproved": undefined;
    /**
     * The recovery attempt has already been initiated.
     */
    "AlreadyInitiated": undefined;
    /**
     * The friend already voted for this attempt.
     */
    "AlreadyVoted": undefined;
    /**
     * The lost account has ongoing recovery attempts.
     */
    "HasOngoingAttempts": undefined;
    /**
     * The lost account cannot be a friend of itself.
     */
    "LostAccountInFriendGroup": undefined;
    /**
     * The account was already recovered by a group of equal or higher priority.
     */
    "HigherPriorityRecovered": undefined;
    /**
     * Cancel delay must be at least 1.
     */
    "NoCancelDelay": undefined;
    /**
     * This account does not have any friend groups.
     */
    "NoFriendGroups": undefined;
    /**
     * The friend group has no friends.
     */
    "NoFriends": undefined;
    /**
     * The lost account does not have any inheritor.
     */
    "NoInheritor": undefined;
    /**
     * Not enough friends approved this attempt.
     */
    "NotApproved": undefined;
    /**
     * The referenced recovery attempt was not found.
     */
    "NotAttempt": undefined;
    /**
     * The caller is not the initiator or the lost account.
     */
    "NotCanceller": undefined;
    /**
     * The caller is not a friend of the lost account.
     */
    "NotFriend": undefined;
    /**
     * A specific referenced friend group was not found.
     */
    "NotFriendGroup": undefined;
    /**
     * The caller is not the inheritor of the lost account.
     */
    "NotInheritor": undefined;
    /**
     * The cancel delay since the last approval or initialization has not yet passed.
     */
    "NotYetCancelable": undefined;
    /**
     * The inheritance delay of this attempt has not yet passed.
     */
    "NotYetInheritable": undefined;
    /**
     * Too many friend groups.
     */
    "TooManyFriendGroups": undefined;
    /**
     * The number of friends needed is greater than the number of friends.
     */
    "TooManyFriendsNeeded": undefined;
    /**
     * The number of friends needed is zero.
     */
    "NoFriendsNeeded": undefined;
    /**
     * The friends of a friend group are not sorted or not unique.
     */
    "FriendsNotSortedOrUnique": undefined;
    /**
     * Two friend groups have the same set of friends.
     */
    "DuplicateFriendGroups": undefined;
}>;
export type Ie7pbrhnhguapm = AnonymousEnum<{
    /**
     * The account is not registered. Patients register themselves; providers and
     * researchers are admitted by the consortium.
     */
    "NotRegistered": undefined;
    /**
     * The account already holds this role: nothing to register or admit.
     */
    "RoleAlreadyHeld": undefined;
    /**
     * The account does not hold this role, so it cannot leave it or lose it.
     */
    "RoleNotHeld": undefined;
    /**
     * The consortium admits and revokes providers and researchers only; patients
     * register and leave by themselves.
     */
    "RoleNotAdmissible": undefined;
    /**
     * The account is not a provider: only a provider has a profile, manages groups and
     * anchors receipts. The consortium admits providers.
     */
    "NotAProvider": undefined;
    /**
     * The consortium has suspended this provider or researcher; it cannot act as one
     * until the consortium reinstates it.
     */
    "Suspended": undefined;
    /**
     * The account is suspended already.
     */
    "AlreadySuspended": undefined;
    /**
     * The account is not suspended, so there is nothing to reinstate.
     */
    "NotSuspended": undefined;
    /**
     * A patient who is also a provider or researcher cannot leave while admitted: the
     * consortium revokes those roles first.
     */
    "StillAdmitted": undefined;
    /**
     * No account has bound this identifier hash.
     */
    "UnknownIdentifier": undefined;
    /**
     * This identifier hash is bound to an account already (perhaps yours); a hash belongs
     * to one account.
     */
    "IdentifierAlreadyBound": undefined;
    /**
     * This identifier hash is bound to another account; only that account can release it.
     */
    "NotIdentifierOwner": undefined;
    /**
     * The account has bound `MaxIdentifiers` identifiers; release one first.
     */
    "TooManyIdentifiers": undefined;
    /**
     * No group has this id; it was never created or has been dissolved.
     */
    "UnknownGroup": undefined;
    /**
     * Only the group's owner may add members or dissolve it; a member may remove only
     * themself.
     */
    "NotGroupOwner": undefined;
    /**
     * The account is not a member of this group.
     */
    "NotAGroupMember": undefined;
    /**
     * The account is a member of this group already.
     */
    "AlreadyAGroupMember": undefined;
    /**
     * The group has `MaxGroupMembers` members; remove one first.
     */
    "GroupFull": undefined;
    /**
     * The provider manages `MaxGroupsPerOwner` groups; dissolve one first.
     */
    "TooManyGroups": undefined;
    /**
     * The account belongs to `MaxMemberships` groups; it must leave one first.
     */
    "TooManyMemberships": undefined;
    /**
     * Every group id has been used; ids are never reused, so no group can be created.
     */
    "GroupIdsExhausted": undefined;
    /**
     * The institution name is longer than `MaxNameLen` bytes.
     */
    "NameTooLong": undefined;
    /**
     * The institution name is empty or not UTF-8.
     */
    "InvalidName": undefined;
    /**
     * The gatekeeper URL is longer than `MaxEndpointLen` bytes.
     */
    "EndpointTooLong": undefined;
    /**
     * The gatekeeper URL must be `https://host…` (or `http://` to a loopback host),
     * printable ASCII without spaces.
     */
    "InvalidEndpoint": undefined;
    /**
     * An account cannot be rotated to itself.
     */
    "SameAccount": undefined;
    /**
     * The new account of a rotation is or was registered, belongs to groups or still
     * manages groups: what the registrar keeps for it would be overwritten. Rotate to an
     * account never used with MedRec.
     */
    "NewAccountInUse": undefined;
    /**
     * The new account of a rotation holds no funds, so deposits cannot be held on it;
     * transfer at least the existential deposit to it first.
     */
    "NewAccountUnfunded": undefined;
    /**
     * An anchor covers at least one receipt.
     */
    "EmptyAnchor": undefined;
    /**
     * An anchor covers at most `MaxReceiptsPerAnchor` receipts; split them.
     */
    "TooManyReceipts": undefined;
    /**
     * The provider's anchor or receipt count would overflow.
     */
    "AnchorOverflow": undefined;
    /**
     * An anchor must start right after the receipts already anchored: `first` differs
     * from the provider's anchored total, so this range is anchored already (a repeated
     * submission) or receipts before it are not. Read `MedRecApi_receipt_anchors` and
     * anchor from its `receipts`.
     */
    "AnchorNotNext": undefined;
}>;
export type Ijp05jemrqtgn = AnonymousEnum<{
    /**
     * The account is not a registered patient. Patients register with the registrar.
     */
    "NotAPatient": undefined;
    /**
     * The account is not an active provider: not admitted by the consortium, or
     * suspended.
     */
    "NotAProvider": undefined;
    /**
     * The account has never registered with the registrar, so it has no relationships.
     * Register first (patients) or be admitted (providers).
     */
    "NotRegistered": undefined;
    /**
     * The patient and the provider have no relationship (or the caller named the sides
     * the wrong way round: the patient first, then the provider). A provider opens one
     * with `open_relationship`, a patient invites with `invite_provider`.
     */
    "UnknownRelationship": undefined;
    /**
     * No pointer has this id (never added, or removed since).
     */
    "UnknownPointer": undefined;
    /**
     * The patient shares nothing with the caller, so there is nothing to acknowledge.
     */
    "NotShared": undefined;
    /**
     * The relationship exists already (one per patient and provider).
     */
    "AlreadyExists": undefined;
    /**
     * The caller is not a side of the relationship, or the pointer is another provider's.
     */
    "NotAuthorized": undefined;
    /**
     * The patient has `MaxRelationshipsPerPatient` relationships.
     */
    "TooMany": undefined;
    /**
     * There is nothing to acknowledge or reject in the relationship's status (see the
     * status machine in the pallet docs).
     */
    "NotPending": undefined;
    /**
     * The patient rejected the relationship: its pointers cannot be added or changed.
     */
    "Rejected": undefined;
    /**
     * The relationship is an invitation the provider has not accepted; it accepts with
     * `open_relationship`.
     */
    "NotOpen": undefined;
    /**
     * The category is not in MedRec's vocabulary (`medrec_primitives::records::category`,
     * listed in the pallets' README).
     */
    "UnknownCategory": undefined;
    /**
     * The provider already published a pointer under this reference.
     */
    "DuplicateReference": undefined;
    /**
     * The patient and provider's previous relationship ended with pointers still being
     * removed; `reap` removes them now.
     */
    "StillEnding": undefined;
    /**
     * No ended relationship between them has pointers left to remove.
     */
    "NothingToReap": undefined;
    /**
     * A pointer must expose at least one field.
     */
    "NoFields": undefined;
    /**
     * The content hash is the one already recorded; nothing to update.
     */
    "Unchanged": undefined;
    /**
     * A patient and a provider are two accounts.
     */
    "SameAccount": undefined;
}>;
export type Iffit8ntjqkmu0 = AnonymousEnum<{
    /**
     * The account is not a registered patient.
     */
    "NotAPatient": undefined;
    /**
     * The account is not an active provider.
     */
    "NotAProvider": undefined;
    /**
     * The account has never registered with MedRec.
     */
    "NotRegistered": undefined;
    /**
     * No participant has this number.
     */
    "UnknownParticipant": undefined;
    /**
     * No such group.
     */
    "UnknownGroup": undefined;
    /**
     * No such record pointer.
     */
    "UnknownPointer": undefined;
    /**
     * No such grant.
     */
    "UnknownGrant": undefined;
    /**
     * The account is not a guardian of this patient.
     */
    "UnknownGuardian": undefined;
    /**
     * No provider proposed this guardian to this patient.
     */
    "UnknownProposal": undefined;
    /**
     * No such emergency access awaits review or the consortium.
     */
    "UnknownEmergency": undefined;
    /**
     * The caller may not do this for this patient: not the patient, nor a guardian with the
     * power it takes, nor a provider with an active relationship with them.
     */
    "NotAuthorized": undefined;
    /**
     * The account is a guardian of this patient already.
     */
    "AlreadyGuardian": undefined;
    /**
     * A provider proposed this guardian to this patient already.
     */
    "AlreadyProposed": undefined;
    /**
     * The provider is certified for emergency access already.
     */
    "AlreadyCertified": undefined;
    /**
     * The patient has `MaxGrantsPerPatient` grants.
     */
    "TooManyGrants": undefined;
    /**
     * The patient has `MaxGuardians` guardians.
     */
    "TooManyGuardians": undefined;
    /**
     * `MaxGuardians` guardian proposals await this patient's answer.
     */
    "TooManyProposals": undefined;
    /**
     * The expiry is not after the start.
     */
    "InvalidWindow": undefined;
    /**
     * The guardianship would end now or in the past, or later than `MaxAppointedTerm`
     * from now (for a guardian the patient did not choose).
     */
    "InvalidTerm": undefined;
    /**
     * A field scope must name at least one field.
     */
    "NoFields": undefined;
    /**
     * The scope names a pointer of another patient.
     */
    "WrongPatient": undefined;
    /**
     * A patient does not grant to themselves, guard themselves, nor break the glass on
     * their own record.
     */
    "SelfGrant": undefined;
    /**
     * The grant has not expired; the patient revokes it instead.
     */
    "NotExpired": undefined;
    /**
     * The provider is not certified for emergency access by the consortium.
     */
    "NotCertified": undefined;
    /**
     * The caller is not a member of the group it breaks the glass through.
     */
    "NotAGroupMember": undefined;
    /**
     * The provider reached `MaxEmergenciesPerWindow` emergency accesses in this window.
     */
    "RateLimited": undefined;
    /**
     * The emergency access was reviewed already.
     */
    "AlreadyReviewed": undefined;
    /**
     * The emergency access is not contested.
     */
    "NotContested": undefined;
    /**
     * A category scope names a code outside MedRec's vocabulary
     * (`medrec_primitives::records::category`): no record could ever be in it.
     */
    "UnknownCategory": undefined;
}>;
export type I4cfktdfukr3j6 = AnonymousEnum<{
    /**
     * The account is not an active researcher (admitted by the consortium, not suspended).
     */
    "NotAResearcher": undefined;
    /**
     * The account is not an active provider.
     */
    "NotAProvider": undefined;
    /**
     * The account is not a registered patient.
     */
    "NotAPatient": undefined;
    /**
     * The collator account is not bound to a researcher: nothing to unbind.
     */
    "NotBound": undefined;
    /**
     * No bounty query has this id.
     */
    "UnknownBounty": undefined;
    /**
     * No open request has this id: it never existed, or it was completed or expired and
     * closed.
     */
    "UnknownRequest": undefined;
    /**
     * The collator is bound already, the consent is given already, the query answered
     * already.
     */
    "AlreadyExists": undefined;
    /**
     * The caller may not do this: not the collator or its researcher, not a provider the
     * request asked.
     */
    "NotAuthorized": undefined;
    /**
     * A bound is reached: collators per researcher, providers per request, templates,
     * consents.
     */
    "TooMany": undefined;
    /**
     * The researcher has fewer credits than the request costs.
     */
    "InsufficientCredits": undefined;
    /**
     * The cohort is smaller than the request's, the provider's or the consortium's floor.
     */
    "CohortTooSmall": undefined;
    /**
     * The provider's release policy does not answer this template.
     */
    "TemplateNotReleased": undefined;
    /**
     * The request is still open.
     */
    "NotExpired": undefined;
    /**
     * The request has expired.
     */
    "Expired": undefined;
    /**
     * A request must ask at least one provider, each once.
     */
    "BadTargets": undefined;
    /**
     * Parameters must give a positive request lifetime and a cohort floor of at least 1.
     */
    "BadParameters": undefined;
    /**
     * The patient is not opted in to this category.
     */
    "NotOptedIn": undefined;
    /**
     * Bounty query parameters are longer than `MaxParamsLen` bytes.
     */
    "ParamsTooLong": undefined;
    /**
     * Bounty query parameters are empty or hold a byte outside printable ASCII.
     */
    "InvalidParams": undefined;
    /**
     * The cohort is larger than the number of patients who have an active relationship
     * with the provider and consent to research ([`ConsentingPatientsOf`]): the answer
     * would count patients the chain cannot account for. Count only those patients.
     */
    "CohortExceedsConsentingPatients": undefined;
}>;
export type TokenError = Enum<{
    "FundsUnavailable": undefined;
    "OnlyProvider": undefined;
    "BelowMinimum": undefined;
    "CannotCreate": undefined;
    "UnknownAsset": undefined;
    "Frozen": undefined;
    "Unsupported": undefined;
    "CannotCreateHold": undefined;
    "NotExpendable": undefined;
    "Blocked": undefined;
}>;
export declare const TokenError: GetEnum<TokenError>;
export type ArithmeticError = Enum<{
    "Underflow": undefined;
    "Overflow": undefined;
    "DivisionByZero": undefined;
}>;
export declare const ArithmeticError: GetEnum<ArithmeticError>;
export type TransactionalError = Enum<{
    "LimitReached": undefined;
    "NoLayer": undefined;
}>;
export declare const TransactionalError: GetEnum<TransactionalError>;
export type I1jm8m1rh9e20v = {
    "hash": SizedHex<32>;
};
export type Icbccs0ug47ilf = {
    "account": SS58String;
};
export type I855j4i3kr8ko1 = {
    "sender": SS58String;
    "hash": SizedHex<32>;
};
export type Ibgl04rn6nbfm6 = {
    "code_hash": SizedHex<32>;
    "check_version": boolean;
};
export type I67g6ogqvrhtrj = {
    "code_hash": SizedHex<32>;
    "error": Anonymize<I2e7h8vec1rinm>;
};
export type Icbsekf57miplo = AnonymousEnum<{
    /**
     * The validation function has been scheduled to apply.
     */
    "ValidationFunctionStored": undefined;
    /**
     * The validation function was applied as of the contained relay chain block number.
     */
    "ValidationFunctionApplied": Anonymize<Idd7hd99u0ho0n>;
    /**
     * The relay-chain aborted the upgrade process.
     */
    "ValidationFunctionDiscarded": undefined;
    /**
     * Some downward messages have been received and will be processed.
     */
    "DownwardMessagesReceived": Anonymize<Iafscmv8tjf0ou>;
    /**
     * Downward messages were processed using the given weight.
     */
    "DownwardMessagesProcessed": Anonymize<I100l07kaehdlp>;
    /**
     * An upward message was sent to the relay chain.
     */
    "UpwardMessageSent": Anonymize<I6gnbnvip5vvdi>;
}>;
export type Idd7hd99u0ho0n = {
    "relay_chain_block_num": number;
};
export type Iafscmv8tjf0ou = {
    "count": number;
};
export type I100l07kaehdlp = {
    "weight_used": Anonymize<I4q39t5hn830vp>;
    "dmq_head": SizedHex<32>;
};
export type I6gnbnvip5vvdi = {
    "message_hash"?: Anonymize<I4s6vifaf8k998>;
};
export type I4s6vifaf8k998 = (SizedHex<32>) | undefined;
export type Ieespo2bvq7iv1 = AnonymousEnum<{
    /**
     * An account was created with some free balance.
     */
    "Endowed": Anonymize<Icv68aq8841478>;
    /**
     * An account was removed whose balance was non-zero but below ExistentialDeposit,
     * resulting in an outright loss.
     */
    "DustLost": Anonymize<Ic262ibdoec56a>;
    /**
     * Transfer succeeded.
     */
    "Transfer": Anonymize<Iflcfm9b6nlmdd>;
    /**
     * A balance was set by root.
     */
    "BalanceSet": Anonymize<Ijrsf4mnp3eka>;
    /**
     * Some balance was reserved (moved from free to reserved).
     */
    "Reserved": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was unreserved (moved from reserved to free).
     */
    "Unreserved": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was moved from the reserve of the first account to the second account.
     * Final argument indicates the destination balance type.
     */
    "ReserveRepatriated": Anonymize<I8tjvj9uq4b7hi>;
    /**
     * Some amount was deposited (e.g. for transaction fees).
     */
    "Deposit": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was withdrawn from the account (e.g. for transaction fees).
     */
    "Withdraw": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was removed from the account (e.g. for misbehavior).
     */
    "Slashed": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was minted into an account.
     */
    "Minted": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some credit was balanced and added to the TotalIssuance.
     */
    "MintedCredit": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some amount was burned from an account.
     */
    "Burned": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some debt has been dropped from the Total Issuance.
     */
    "BurnedDebt": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some amount was suspended from an account (it can be restored later).
     */
    "Suspended": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some amount was restored into an account.
     */
    "Restored": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * An account was upgraded.
     */
    "Upgraded": Anonymize<I4cbvqmqadhrea>;
    /**
     * Total issuance was increased by `amount`, creating a credit to be balanced.
     */
    "Issued": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Total issuance was decreased by `amount`, creating a debt to be balanced.
     */
    "Rescinded": Anonymize<I3qt1hgg4djhgb>;
    /**
     * Some balance was locked.
     */
    "Locked": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was unlocked.
     */
    "Unlocked": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was frozen.
     */
    "Frozen": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * Some balance was thawed.
     */
    "Thawed": Anonymize<Id5fm4p8lj5qgi>;
    /**
     * The `TotalIssuance` was forcefully changed.
     */
    "TotalIssuanceForced": Anonymize<I4fooe9dun9o0t>;
    /**
     * Some balance was placed on hold.
     */
    "Held": Anonymize<I151j43s81spsj>;
    /**
     * Held balance was burned from an account.
     */
    "BurnedHeld": Anonymize<I151j43s81spsj>;
    /**
     * A transfer of `amount` on hold from `source` to `dest` was initiated.
     */
    "TransferOnHold": Anonymize<Ifvaliaqhl3r61>;
    /**
     * The `transferred` balance is placed on hold at the `dest` account.
     */
    "TransferAndHold": Anonymize<Ierjpnavpaehi1>;
    /**
     * Some balance was released from hold.
     */
    "Released": Anonymize<I151j43s81spsj>;
    /**
     * An unexpected/defensive event was triggered.
     */
    "Unexpected": Anonymize<Iph9c4rn81ub2>;
}>;
export type Icv68aq8841478 = {
    "account": SS58String;
    "free_balance": bigint;
};
export type Ic262ibdoec56a = {
    "account": SS58String;
    "amount": bigint;
};
export type Iflcfm9b6nlmdd = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
};
export type Ijrsf4mnp3eka = {
    "who": SS58String;
    "free": bigint;
};
export type Id5fm4p8lj5qgi = {
    "who": SS58String;
    "amount": bigint;
};
export type I8tjvj9uq4b7hi = {
    "from": SS58String;
    "to": SS58String;
    "amount": bigint;
    "destination_status": BalanceStatus;
};
export type BalanceStatus = Enum<{
    "Free": undefined;
    "Reserved": undefined;
}>;
export declare const BalanceStatus: GetEnum<BalanceStatus>;
export type I3qt1hgg4djhgb = {
    "amount": bigint;
};
export type I4cbvqmqadhrea = {
    "who": SS58String;
};
export type I4fooe9dun9o0t = {
    "old": bigint;
    "new": bigint;
};
export type I151j43s81spsj = {
    "reason": Anonymize<I1r8ku96e5k5q3>;
    "who": SS58String;
    "amount": bigint;
};
export type I1r8ku96e5k5q3 = AnonymousEnum<{
    "Consortium": Enum<{
        "ProposalSubmission": undefined;
    }>;
    "Session": Enum<{
        "Keys": undefined;
    }>;
    "PolkadotXcm": Enum<{
        "AuthorizeAlias": undefined;
    }>;
    "Recovery": Enum<{
        "FriendGroupsStorage": undefined;
        "AttemptStorage": undefined;
        "InheritorStorage": undefined;
        "SecurityDeposit": undefined;
    }>;
    "Registrar": Enum<{
        "Registration": undefined;
    }>;
    "Relationships": Enum<{
        "Relationship": undefined;
    }>;
    "Permissions": Enum<{
        "Permission": undefined;
    }>;
    "Research": Enum<{
        "Research": undefined;
    }>;
}>;
export type Ifvaliaqhl3r61 = {
    "reason": Anonymize<I1r8ku96e5k5q3>;
    "source": SS58String;
    "dest": SS58String;
    "amount": bigint;
};
export type Ierjpnavpaehi1 = {
    "reason": Anonymize<I1r8ku96e5k5q3>;
    "source": SS58String;
    "dest": SS58String;
    "transferred": bigint;
};
export type Iph9c4rn81ub2 = AnonymousEnum<{
    "BalanceUpdated": undefined;
    "FailedToMutateAccount": undefined;
}>;
export type TransactionPaymentEvent = Enum<{
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who`.
     */
    "TransactionFeePaid": Anonymize<Ier2cke86dqbr2>;
}>;
export declare const TransactionPaymentEvent: GetEnum<TransactionPaymentEvent>;
export type Ier2cke86dqbr2 = {
    "who": SS58String;
    "actual_fee": bigint;
    "tip": bigint;
};
export type If5af6cqqbkqic = AnonymousEnum<{
    /**
     * A motion (given hash) has been proposed (by given account) with a threshold (given
     * `MemberCount`).
     */
    "Proposed": Anonymize<Ift6f10887nk72>;
    /**
     * A motion (given hash) has been voted on by given account, leaving
     * a tally (yes votes and no votes given respectively as `MemberCount`).
     */
    "Voted": Anonymize<I7qc53b1tvqjg2>;
    /**
     * A motion was approved by the required threshold.
     */
    "Approved": Anonymize<I2ev73t79f46tb>;
    /**
     * A motion was not approved by the required threshold.
     */
    "Disapproved": Anonymize<I2ev73t79f46tb>;
    /**
     * A motion was executed; result will be `Ok` if it returned without error.
     */
    "Executed": Anonymize<I1gn90n8s9m0dq>;
    /**
     * A single member did some action; result will be `Ok` if it returned without error.
     */
    "MemberExecuted": Anonymize<I1gn90n8s9m0dq>;
    /**
     * A proposal was closed because its threshold was reached or after its duration was up.
     */
    "Closed": Anonymize<Iak7fhrgb9jnnq>;
    /**
     * A proposal was killed.
     */
    "Killed": Anonymize<I2ev73t79f46tb>;
    /**
     * Some cost for storing a proposal was burned.
     */
    "ProposalCostBurned": Anonymize<I9ad1o9mv4cm3>;
    /**
     * Some cost for storing a proposal was released.
     */
    "ProposalCostReleased": Anonymize<I9ad1o9mv4cm3>;
}>;
export type Ift6f10887nk72 = {
    "account": SS58String;
    "proposal_index": number;
    "proposal_hash": SizedHex<32>;
    "threshold": number;
};
export type I7qc53b1tvqjg2 = {
    "account": SS58String;
    "proposal_hash": SizedHex<32>;
    "voted": boolean;
    "yes": number;
    "no": number;
};
export type I2ev73t79f46tb = {
    "proposal_hash": SizedHex<32>;
};
export type I1gn90n8s9m0dq = {
    "proposal_hash": SizedHex<32>;
    "result": Anonymize<Iaa9oj13q0a7ac>;
};
export type Iaa9oj13q0a7ac = ResultPayload<undefined, Anonymize<I2e7h8vec1rinm>>;
export type Iak7fhrgb9jnnq = {
    "proposal_hash": SizedHex<32>;
    "yes": number;
    "no": number;
};
export type I9ad1o9mv4cm3 = {
    "proposal_hash": SizedHex<32>;
    "who": SS58String;
};
export type Ibraem55mlft17 = AnonymousEnum<{
    /**
     * The given member was added; see the transaction for who.
     */
    "MemberAdded": undefined;
    /**
     * The given member was removed; see the transaction for who.
     */
    "MemberRemoved": undefined;
    /**
     * Two members were swapped; see the transaction for who.
     */
    "MembersSwapped": undefined;
    /**
     * The membership was reset; see the transaction for who the new set is.
     */
    "MembersReset": undefined;
    /**
     * One of the members' keys changed.
     */
    "KeyChanged": undefined;
    /**
     * Phantom member, never used.
     */
    "Dummy": undefined;
}>;
export type I8m009bah3u341 = AnonymousEnum<{
    /**
     * A sudo call just took place.
     */
    "Sudid": Anonymize<Icaanar10ui2pa>;
    /**
     * The sudo key has been updated.
     */
    "KeyChanged": Anonymize<I5rtkmhm2dng4u>;
    /**
     * The key was permanently removed.
     */
    "KeyRemoved": undefined;
    /**
     * A [sudo_as](Pallet::sudo_as) call just took place.
     */
    "SudoAsDone": Anonymize<Icaanar10ui2pa>;
}>;
export type Icaanar10ui2pa = {
    /**
     * The result of the call made by the sudo user.
     */
    "sudo_result": Anonymize<Iaa9oj13q0a7ac>;
};
export type I5rtkmhm2dng4u = {
    /**
     * The old sudo key (if one was previously set).
     */
    "old"?: Anonymize<Ihfphjolmsqq1>;
    /**
     * The new sudo key (if one was set).
     */
    "new": SS58String;
};
export type Ihfphjolmsqq1 = (SS58String) | undefined;
export type I4srakrmf0fspo = AnonymousEnum<{
    /**
     * New Invulnerables were set.
     */
    "NewInvulnerables": Anonymize<I39t01nnod9109>;
    /**
     * A new Invulnerable was added.
     */
    "InvulnerableAdded": Anonymize<I6v8sm60vvkmk7>;
    /**
     * An Invulnerable was removed.
     */
    "InvulnerableRemoved": Anonymize<I6v8sm60vvkmk7>;
    /**
     * The number of desired candidates was set.
     */
    "NewDesiredCandidates": Anonymize<I1qmtmbe5so8r3>;
    /**
     * The candidacy bond was set.
     */
    "NewCandidacyBond": Anonymize<Ih99m6ehpcar7>;
    /**
     * A new candidate joined.
     */
    "CandidateAdded": Anonymize<Idgorhsbgdq2ap>;
    /**
     * Bond of a candidate updated.
     */
    "CandidateBondUpdated": Anonymize<Idgorhsbgdq2ap>;
    /**
     * A candidate was removed.
     */
    "CandidateRemoved": Anonymize<I6v8sm60vvkmk7>;
    /**
     * An account was replaced in the candidate list by another one.
     */
    "CandidateReplaced": Anonymize<I9ubb2kqevnu6t>;
    /**
     * An account was unable to be added to the Invulnerables because they did not have keys
     * registered. Other Invulnerables may have been set.
     */
    "InvalidInvulnerableSkipped": Anonymize<I6v8sm60vvkmk7>;
}>;
export type I39t01nnod9109 = {
    "invulnerables": Anonymize<Ia2lhg7l2hilo3>;
};
export type Ia2lhg7l2hilo3 = Array<SS58String>;
export type I6v8sm60vvkmk7 = {
    "account_id": SS58String;
};
export type I1qmtmbe5so8r3 = {
    "desired_candidates": number;
};
export type Ih99m6ehpcar7 = {
    "bond_amount": bigint;
};
export type Idgorhsbgdq2ap = {
    "account_id": SS58String;
    "deposit": bigint;
};
export type I9ubb2kqevnu6t = {
    "old": SS58String;
    "new": SS58String;
    "deposit": bigint;
};
export type I6ue0ck5fc3u44 = AnonymousEnum<{
    /**
     * New session has happened. Note that the argument is the session index, not the
     * block number as the type might suggest.
     */
    "NewSession": Anonymize<I2hq50pu2kdjpo>;
    /**
     * The `NewSession` event in the current block also implies a new validator set to be
     * queued.
     */
    "NewQueued": undefined;
    /**
     * Validator has been disabled.
     */
    "ValidatorDisabled": Anonymize<I9acqruh7322g2>;
    /**
     * Validator has been re-enabled.
     */
    "ValidatorReenabled": Anonymize<I9acqruh7322g2>;
}>;
export type I2hq50pu2kdjpo = {
    "session_index": number;
};
export type I9acqruh7322g2 = {
    "validator": SS58String;
};
export type Idsqc7mhp6nnle = AnonymousEnum<{
    /**
     * An HRMP message was sent to a sibling parachain.
     */
    "XcmpMessageSent": Anonymize<I137t1cld92pod>;
}>;
export type I137t1cld92pod = {
    "message_hash": SizedHex<32>;
};
export type If95hivmqmkiku = AnonymousEnum<{
    /**
     * Execution of an XCM message was attempted.
     */
    "Attempted": Anonymize<I61d51nv4cou88>;
    /**
     * An XCM message was sent.
     */
    "Sent": Anonymize<If8u5kl4h8070m>;
    /**
     * An XCM message failed to send.
     */
    "SendFailed": Anonymize<Ibmuil6p3vl83l>;
    /**
     * An XCM message failed to process.
     */
    "ProcessXcmError": Anonymize<I7lul91g50ae87>;
    /**
     * Query response received which does not match a registered query. This may be because a
     * matching query was never registered, it may be because it is a duplicate response, or
     * because the query timed out.
     */
    "UnexpectedResponse": Anonymize<Icl7nl1rfeog3i>;
    /**
     * Query response has been received and is ready for taking with `take_response`. There is
     * no registered notification call.
     */
    "ResponseReady": Anonymize<Iasr6pj6shs0fl>;
    /**
     * Query response has been received and query is removed. The registered notification has
     * been dispatched and executed successfully.
     */
    "Notified": Anonymize<I2uqmls7kcdnii>;
    /**
     * Query response has been received and query is removed. The registered notification
     * could not be dispatched because the dispatch weight is greater than the maximum weight
     * originally budgeted by this runtime for the query result.
     */
    "NotifyOverweight": Anonymize<Idg69klialbkb8>;
    /**
     * Query response has been received and query is removed. There was a general error with
     * dispatching the notification call.
     */
    "NotifyDispatchError": Anonymize<I2uqmls7kcdnii>;
    /**
     * Query response has been received and query is removed. The dispatch was unable to be
     * decoded into a `Call`; this might be due to dispatch function having a signature which
     * is not `(origin, QueryId, Response)`.
     */
    "NotifyDecodeFailed": Anonymize<I2uqmls7kcdnii>;
    /**
     * Expected query response has been received but the origin location of the response does
     * not match that expected. The query remains registered for a later, valid, response to
     * be received and acted upon.
     */
    "InvalidResponder": Anonymize<I7r6b7145022pp>;
    /**
     * Expected query response has been received but the expected origin location placed in
     * storage by this runtime previously cannot be decoded. The query remains registered.
     *
     * This is unexpected (since a location placed in storage in a previously executing
     * runtime should be readable prior to query timeout) and dangerous since the possibly
     * valid response will be dropped. Manual governance intervention is probably going to be
     * needed.
     */
    "InvalidResponderVersion": Anonymize<Icl7nl1rfeog3i>;
    /**
     * Received query response has been read and removed.
     */
    "ResponseTaken": Anonymize<I30pg328m00nr3>;
    /**
     * Some assets have been placed in an asset trap.
     */
    "AssetsTrapped": Anonymize<Icmrn7bogp28cs>;
    /**
     * An XCM version change notification message has been attempted to be sent.
     *
     * The cost of sending it (borne by the chain) is included.
     */
    "VersionChangeNotified": Anonymize<I7m9b5plj4h5ot>;
    /**
     * The supported version of a location has been changed. This might be through an
     * automatic notification or a manual intervention.
     */
    "SupportedVersionChanged": Anonymize<I9kt8c221c83ln>;
    /**
     * A given location which had a version change subscription was dropped owing to an error
     * sending the notification to it.
     */
    "NotifyTargetSendFail": Anonymize<I9onhk772nfs4f>;
    /**
     * A given location which had a version change subscription was dropped owing to an error
     * migrating the location to our new XCM format.
     */
    "NotifyTargetMigrationFail": Anonymize<I3l6bnksrmt56r>;
    /**
     * Expected query response has been received but the expected querier location placed in
     * storage by this runtime previously cannot be decoded. The query remains registered.
     *
     * This is unexpected (since a location placed in storage in a previously executing
     * runtime should be readable prior to query timeout) and dangerous since the possibly
     * valid response will be dropped. Manual governance intervention is probably going to be
     * needed.
     */
    "InvalidQuerierVersion": Anonymize<Icl7nl1rfeog3i>;
    /**
     * Expected query response has been received but the querier location of the response does
     * not match the expected. The query remains registered for a later, valid, response to
     * be received and acted upon.
     */
    "InvalidQuerier": Anonymize<Idh09k0l2pmdcg>;
    /**
     * A remote has requested XCM version change notification from us and we have honored it.
     * A version information message is sent to them and its cost is included.
     */
    "VersionNotifyStarted": Anonymize<I7uoiphbm0tj4r>;
    /**
     * We have requested that a remote chain send us XCM version change notifications.
     */
    "VersionNotifyRequested": Anonymize<I7uoiphbm0tj4r>;
    /**
     * We have requested that a remote chain stops sending us XCM version change
     * notifications.
     */
    "VersionNotifyUnrequested": Anonymize<I7uoiphbm0tj4r>;
    /**
     * Fees were paid from a location for an operation (often for using `SendXcm`).
     */
    "FeesPaid": Anonymize<I512p1n7qt24l8>;
    /**
     * Some assets have been claimed from an asset trap
     */
    "AssetsClaimed": Anonymize<Icmrn7bogp28cs>;
    /**
     * A XCM version migration finished.
     */
    "VersionMigrationFinished": Anonymize<I6s1nbislhk619>;
    /**
     * An `aliaser` location was authorized by `target` to alias it, authorization valid until
     * `expiry` block number.
     */
    "AliasAuthorized": Anonymize<I3gghqnh2mj0is>;
    /**
     * `target` removed alias authorization for `aliaser`.
     */
    "AliasAuthorizationRemoved": Anonymize<I6iv852roh6t3h>;
    /**
     * `target` removed all alias authorizations.
     */
    "AliasesAuthorizationsRemoved": Anonymize<I9oc2o6itbiopq>;
}>;
export type I61d51nv4cou88 = {
    "outcome": Anonymize<Ieqhmksji3pmv5>;
};
export type Ieqhmksji3pmv5 = AnonymousEnum<{
    "Complete": {
        "used": Anonymize<I4q39t5hn830vp>;
    };
    "Incomplete": {
        "used": Anonymize<I4q39t5hn830vp>;
        "error": Anonymize<Ieiju48dn66cuh>;
    };
    "Error": Anonymize<Ieiju48dn66cuh>;
}>;
export type Ieiju48dn66cuh = {
    "index": number;
    "error": Anonymize<Id56rgs0bdb7gl>;
};
export type Id56rgs0bdb7gl = AnonymousEnum<{
    "Overflow": undefined;
    "Unimplemented": undefined;
    "UntrustedReserveLocation": undefined;
    "UntrustedTeleportLocation": undefined;
    "LocationFull": undefined;
    "LocationNotInvertible": undefined;
    "BadOrigin": undefined;
    "InvalidLocation": undefined;
    "AssetNotFound": undefined;
    "FailedToTransactAsset": undefined;
    "NotWithdrawable": undefined;
    "LocationCannotHold": undefined;
    "ExceedsMaxMessageSize": undefined;
    "DestinationUnsupported": undefined;
    "Transport": undefined;
    "Unroutable": undefined;
    "UnknownClaim": undefined;
    "FailedToDecode": undefined;
    "MaxWeightInvalid": undefined;
    "NotHoldingFees": undefined;
    "TooExpensive": undefined;
    "Trap": bigint;
    "ExpectationFalse": undefined;
    "PalletNotFound": undefined;
    "NameMismatch": undefined;
    "VersionIncompatible": undefined;
    "HoldingWouldOverflow": undefined;
    "ExportError": undefined;
    "ReanchorFailed": undefined;
    "NoDeal": undefined;
    "FeesNotMet": undefined;
    "LockError": undefined;
    "NoPermission": undefined;
    "Unanchored": undefined;
    "NotDepositable": undefined;
    "TooManyAssets": undefined;
    "UnhandledXcmVersion": undefined;
    "WeightLimitReached": Anonymize<I4q39t5hn830vp>;
    "Barrier": undefined;
    "WeightNotComputable": undefined;
    "ExceedsStackLimit": undefined;
}>;
export type If8u5kl4h8070m = {
    "origin": Anonymize<If9iqq7i64mur8>;
    "destination": Anonymize<If9iqq7i64mur8>;
    "message": Anonymize<Ict03eedr8de9s>;
    "message_id": SizedHex<32>;
};
export type If9iqq7i64mur8 = {
    "parents": number;
    "interior": XcmV5Junctions;
};
export type XcmV5Junctions = Enum<{
    "Here": undefined;
    "X1": XcmV5Junction;
    "X2": FixedSizeArray<2, XcmV5Junction>;
    "X3": FixedSizeArray<3, XcmV5Junction>;
    "X4": FixedSizeArray<4, XcmV5Junction>;
    "X5": FixedSizeArray<5, XcmV5Junction>;
    "X6": FixedSizeArray<6, XcmV5Junction>;
    "X7": FixedSizeArray<7, XcmV5Junction>;
    "X8": FixedSizeArray<8, XcmV5Junction>;
}>;
export declare const XcmV5Junctions: GetEnum<XcmV5Junctions>;
export type XcmV5Junction = Enum<{
    "Parachain": number;
    "AccountId32": {
        "network"?: Anonymize<I97pd2rst02a7r>;
        "id": SizedHex<32>;
    };
    "AccountIndex64": {
        "network"?: Anonymize<I97pd2rst02a7r>;
        "index": bigint;
    };
    "AccountKey20": {
        "network"?: Anonymize<I97pd2rst02a7r>;
        "key": SizedHex<20>;
    };
    "PalletInstance": number;
    "GeneralIndex": bigint;
    "GeneralKey": Anonymize<I15lht6t53odo4>;
    "OnlyChild": undefined;
    "Plurality": Anonymize<I518fbtnclg1oc>;
    "GlobalConsensus": XcmV5NetworkId;
}>;
export declare const XcmV5Junction: GetEnum<XcmV5Junction>;
export type I97pd2rst02a7r = (XcmV5NetworkId) | undefined;
export type XcmV5NetworkId = Enum<{
    "ByGenesis": SizedHex<32>;
    "ByFork": Anonymize<I15vf5oinmcgps>;
    "Polkadot": undefined;
    "Kusama": undefined;
    "Ethereum": Anonymize<I623eo8t3jrbeo>;
    "BitcoinCore": undefined;
    "BitcoinCash": undefined;
    "PolkadotBulletin": undefined;
}>;
export declare const XcmV5NetworkId: GetEnum<XcmV5NetworkId>;
export type I15vf5oinmcgps = {
    "block_number": bigint;
    "block_hash": SizedHex<32>;
};
export type I623eo8t3jrbeo = {
    "chain_id": bigint;
};
export type I15lht6t53odo4 = {
    "length": number;
    "data": SizedHex<32>;
};
export type I518fbtnclg1oc = {
    "id": XcmV3JunctionBodyId;
    "part": XcmV2JunctionBodyPart;
};
export type XcmV3JunctionBodyId = Enum<{
    "Unit": undefined;
    "Moniker": SizedHex<4>;
    "Index": number;
    "Executive": undefined;
    "Technical": undefined;
    "Legislative": undefined;
    "Judicial": undefined;
    "Defense": undefined;
    "Administration": undefined;
    "Treasury": undefined;
}>;
export declare const XcmV3JunctionBodyId: GetEnum<XcmV3JunctionBodyId>;
export type XcmV2JunctionBodyPart = Enum<{
    "Voice": undefined;
    "Members": Anonymize<Iafscmv8tjf0ou>;
    "Fraction": {
        "nom": number;
        "denom": number;
    };
    "AtLeastProportion": {
        "nom": number;
        "denom": number;
    };
    "MoreThanProportion": {
        "nom": number;
        "denom": number;
    };
}>;
export declare const XcmV2JunctionBodyPart: GetEnum<XcmV2JunctionBodyPart>;
export type Ict03eedr8de9s = Array<XcmV5Instruction>;
export type XcmV5Instruction = Enum<{
    "WithdrawAsset": Anonymize<I4npjalvhmfuj>;
    "ReserveAssetDeposited": Anonymize<I4npjalvhmfuj>;
    "ReceiveTeleportedAsset": Anonymize<I4npjalvhmfuj>;
    "QueryResponse": {
        "query_id": bigint;
        "response": Anonymize<I7vucpgm2c6959>;
        "max_weight": Anonymize<I4q39t5hn830vp>;
        "querier"?: Anonymize<I4pai6qnfk426l>;
    };
    "TransferAsset": {
        "assets": Anonymize<I4npjalvhmfuj>;
        "beneficiary": Anonymize<If9iqq7i64mur8>;
    };
    "TransferReserveAsset": {
        "assets": Anonymize<I4npjalvhmfuj>;
        "dest": Anonymize<If9iqq7i64mur8>;
        "xcm": Anonymize<Ict03eedr8de9s>;
    };
    "Transact": {
        "origin_kind": XcmV2OriginKind;
        "fallback_max_weight"?: Anonymize<Iasb8k6ash5mjn>;
        "call": Uint8Array;
    };
    "HrmpNewChannelOpenRequest": Anonymize<I5uhhrjqfuo4e5>;
    "HrmpChannelAccepted": Anonymize<Ifij4jam0o7sub>;
    "HrmpChannelClosing": Anonymize<Ieeb4svd9i8fji>;
    "ClearOrigin": undefined;
    "DescendOrigin": XcmV5Junctions;
    "ReportError": Anonymize<I6vsmh07hrp1rc>;
    "DepositAsset": {
        "assets": XcmV5AssetFilter;
        "beneficiary": Anonymize<If9iqq7i64mur8>;
    };
    "DepositReserveAsset": {
        "assets": XcmV5AssetFilter;
        "dest": Anonymize<If9iqq7i64mur8>;
        "xcm": Anonymize<Ict03eedr8de9s>;
    };
    "ExchangeAsset": {
        "give": XcmV5AssetFilter;
        "want": Anonymize<I4npjalvhmfuj>;
        "maximal": boolean;
    };
    "InitiateReserveWithdraw": {
        "assets": XcmV5AssetFilter;
        "reserve": Anonymize<If9iqq7i64mur8>;
        "xcm": Anonymize<Ict03eedr8de9s>;
    };
    "InitiateTeleport": {
        "assets": XcmV5AssetFilter;
        "dest": Anonymize<If9iqq7i64mur8>;
        "xcm": Anonymize<Ict03eedr8de9s>;
    };
    "ReportHolding": {
        "response_info": Anonymize<I6vsmh07hrp1rc>;
        "assets": XcmV5AssetFilter;
    };
    "BuyExecution": {
        "fees": Anonymize<Iffh1nc5e1mod6>;
        "weight_limit": XcmV3WeightLimit;
    };
    "RefundSurplus": undefined;
    "SetErrorHandler": Anonymize<Ict03eedr8de9s>;
    "SetAppendix": Anonymize<Ict03eedr8de9s>;
    "ClearError": undefined;
    "ClaimAsset": {
        "assets": Anonymize<I4npjalvhmfuj>;
        "ticket": Anonymize<If9iqq7i64mur8>;
    };
    "Trap": bigint;
    "SubscribeVersion": Anonymize<Ieprdqqu7ildvr>;
    "UnsubscribeVersion": undefined;
    "BurnAsset": Anonymize<I4npjalvhmfuj>;
    "ExpectAsset": Anonymize<I4npjalvhmfuj>;
    "ExpectOrigin"?: Anonymize<I4pai6qnfk426l>;
    "ExpectError"?: Anonymize<I3l6ejee750fv1>;
    "ExpectTransactStatus": XcmV3MaybeErrorCode;
    "QueryPallet": {
        "module_name": Uint8Array;
        "response_info": Anonymize<I6vsmh07hrp1rc>;
    };
    "ExpectPallet": Anonymize<Id7mf37dkpgfjs>;
    "ReportTransactStatus": Anonymize<I6vsmh07hrp1rc>;
    "ClearTransactStatus": undefined;
    "UniversalOrigin": XcmV5Junction;
    "ExportMessage": {
        "network": XcmV5NetworkId;
        "destination": XcmV5Junctions;
        "xcm": Anonymize<Ict03eedr8de9s>;
    };
    "LockAsset": {
        "asset": Anonymize<Iffh1nc5e1mod6>;
        "unlocker": Anonymize<If9iqq7i64mur8>;
    };
    "UnlockAsset": {
        "asset": Anonymize<Iffh1nc5e1mod6>;
        "target": Anonymize<If9iqq7i64mur8>;
    };
    "NoteUnlockable": {
        "asset": Anonymize<Iffh1nc5e1mod6>;
        "owner": Anonymize<If9iqq7i64mur8>;
    };
    "RequestUnlock": {
        "asset": Anonymize<Iffh1nc5e1mod6>;
        "locker": Anonymize<If9iqq7i64mur8>;
    };
    "SetFeesMode": Anonymize<I4nae9rsql8fa7>;
    "SetTopic": SizedHex<32>;
    "ClearTopic": undefined;
    "AliasOrigin": Anonymize<If9iqq7i64mur8>;
    "UnpaidExecution": {
        "weight_limit": XcmV3WeightLimit;
        "check_origin"?: Anonymize<I4pai6qnfk426l>;
    };
    "PayFees": {
        "asset": Anonymize<Iffh1nc5e1mod6>;
    };
    "InitiateTransfer": {
        "destination": Anonymize<If9iqq7i64mur8>;
        "remote_fees"?: (Anonymize<Ifhmc9e7vpeeig>) | undefined;
        "preserve_origin": boolean;
        "assets": Array<Anonymize<Ifhmc9e7vpeeig>>;
        "remote_xcm": Anonymize<Ict03eedr8de9s>;
    };
    "ExecuteWithOrigin": {
        "descendant_origin"?: (XcmV5Junctions) | undefined;
        "xcm": Anonymize<Ict03eedr8de9s>;
    };
    "SetHints": {
        "hints": Array<Enum<{
            "AssetClaimer": {
                "location": Anonymize<If9iqq7i64mur8>;
            };
        }>>;
    };
}>;
export declare const XcmV5Instruction: GetEnum<XcmV5Instruction>;
export type I4npjalvhmfuj = Array<Anonymize<Iffh1nc5e1mod6>>;
export type Iffh1nc5e1mod6 = {
    "id": Anonymize<If9iqq7i64mur8>;
    "fun": XcmV3MultiassetFungibility;
};
export type XcmV3MultiassetFungibility = Enum<{
    "Fungible": bigint;
    "NonFungible": XcmV3MultiassetAssetInstance;
}>;
export declare const XcmV3MultiassetFungibility: GetEnum<XcmV3MultiassetFungibility>;
export type XcmV3MultiassetAssetInstance = Enum<{
    "Undefined": undefined;
    "Index": bigint;
    "Array4": SizedHex<4>;
    "Array8": SizedHex<8>;
    "Array16": SizedHex<16>;
    "Array32": SizedHex<32>;
}>;
export declare const XcmV3MultiassetAssetInstance: GetEnum<XcmV3MultiassetAssetInstance>;
export type I7vucpgm2c6959 = AnonymousEnum<{
    "Null": undefined;
    "Assets": Anonymize<I4npjalvhmfuj>;
    "ExecutionResult"?: Anonymize<I3l6ejee750fv1>;
    "Version": number;
    "PalletsInfo": Anonymize<I599u7h20b52at>;
    "DispatchResult": XcmV3MaybeErrorCode;
}>;
export type I3l6ejee750fv1 = ([number, Anonymize<Id56rgs0bdb7gl>]) | undefined;
export type I599u7h20b52at = Array<{
    "index": number;
    "name": Uint8Array;
    "module_name": Uint8Array;
    "major": number;
    "minor": number;
    "patch": number;
}>;
export type XcmV3MaybeErrorCode = Enum<{
    "Success": undefined;
    "Error": Uint8Array;
    "TruncatedError": Uint8Array;
}>;
export declare const XcmV3MaybeErrorCode: GetEnum<XcmV3MaybeErrorCode>;
export type I4pai6qnfk426l = (Anonymize<If9iqq7i64mur8>) | undefined;
export type XcmV2OriginKind = Enum<{
    "Native": undefined;
    "SovereignAccount": undefined;
    "Superuser": undefined;
    "Xcm": undefined;
}>;
export declare const XcmV2OriginKind: GetEnum<XcmV2OriginKind>;
export type Iasb8k6ash5mjn = (Anonymize<I4q39t5hn830vp>) | undefined;
export type I5uhhrjqfuo4e5 = {
    "sender": number;
    "max_message_size": number;
    "max_capacity": number;
};
export type Ifij4jam0o7sub = {
    "recipient": number;
};
export type Ieeb4svd9i8fji = {
    "initiator": number;
    "sender": number;
    "recipient": number;
};
export type I6vsmh07hrp1rc = {
    "destination": Anonymize<If9iqq7i64mur8>;
    "query_id": bigint;
    "max_weight": Anonymize<I4q39t5hn830vp>;
};
export type XcmV5AssetFilter = Enum<{
    "Definite": Anonymize<I4npjalvhmfuj>;
    "Wild": XcmV5WildAsset;
}>;
export declare const XcmV5AssetFilter: GetEnum<XcmV5AssetFilter>;
export type XcmV5WildAsset = Enum<{
    "All": undefined;
    "AllOf": {
        "id": Anonymize<If9iqq7i64mur8>;
        "fun": XcmV2MultiassetWildFungibility;
    };
    "AllCounted": number;
    "AllOfCounted": {
        "id": Anonymize<If9iqq7i64mur8>;
        "fun": XcmV2MultiassetWildFungibility;
        "count": number;
    };
}>;
export declare const XcmV5WildAsset: GetEnum<XcmV5WildAsset>;
export type XcmV2MultiassetWildFungibility = Enum<{
    "Fungible": undefined;
    "NonFungible": undefined;
}>;
export declare const XcmV2MultiassetWildFungibility: GetEnum<XcmV2MultiassetWildFungibility>;
export type XcmV3WeightLimit = Enum<{
    "Unlimited": undefined;
    "Limited": Anonymize<I4q39t5hn830vp>;
}>;
export declare const XcmV3WeightLimit: GetEnum<XcmV3WeightLimit>;
export type Ieprdqqu7ildvr = {
    "query_id": bigint;
    "max_response_weight": Anonymize<I4q39t5hn830vp>;
};
export type Id7mf37dkpgfjs = {
    "index": number;
    "name": Uint8Array;
    "module_name": Uint8Array;
    "crate_major": number;
    "min_crate_minor": number;
};
export type I4nae9rsql8fa7 = {
    "jit_withdraw": boolean;
};
export type Ifhmc9e7vpeeig = AnonymousEnum<{
    "Teleport": XcmV5AssetFilter;
    "ReserveDeposit": XcmV5AssetFilter;
    "ReserveWithdraw": XcmV5AssetFilter;
}>;
export type Ibmuil6p3vl83l = {
    "origin": Anonymize<If9iqq7i64mur8>;
    "destination": Anonymize<If9iqq7i64mur8>;
    "error": Enum<{
        "NotApplicable": undefined;
        "Transport": undefined;
        "Unroutable": undefined;
        "DestinationUnsupported": undefined;
        "ExceedsMaxMessageSize": undefined;
        "MissingArgument": undefined;
        "Fees": undefined;
    }>;
    "message_id": SizedHex<32>;
};
export type I7lul91g50ae87 = {
    "origin": Anonymize<If9iqq7i64mur8>;
    "error": Anonymize<Id56rgs0bdb7gl>;
    "message_id": SizedHex<32>;
};
export type Icl7nl1rfeog3i = {
    "origin": Anonymize<If9iqq7i64mur8>;
    "query_id": bigint;
};
export type Iasr6pj6shs0fl = {
    "query_id": bigint;
    "response": Anonymize<I7vucpgm2c6959>;
};
export type I2uqmls7kcdnii = {
    "query_id": bigint;
    "pallet_index": number;
    "call_index": number;
};
export type Idg69klialbkb8 = {
    "query_id": bigint;
    "pallet_index": number;
    "call_index": number;
    "actual_weight": Anonymize<I4q39t5hn830vp>;
    "max_budgeted_weight": Anonymize<I4q39t5hn830vp>;
};
export type I7r6b7145022pp = {
    "origin": Anonymize<If9iqq7i64mur8>;
    "query_id": bigint;
    "expected_location"?: Anonymize<I4pai6qnfk426l>;
};
export type I30pg328m00nr3 = {
    "query_id": bigint;
};
export type Icmrn7bogp28cs = {
    "hash": SizedHex<32>;
    "origin": Anonymize<If9iqq7i64mur8>;
    "assets": XcmVersionedAssets;
};
export type XcmVersionedAssets = Enum<{
    "V3": Anonymize<Iai6dhqiq3bach>;
    "V4": Anonymize<I50mli3hb64f9b>;
    "V5": Anonymize<I4npjalvhmfuj>;
}>;
export declare const XcmVersionedAssets: GetEnum<XcmVersionedAssets>;
export type Iai6dhqiq3bach = Array<Anonymize<Idcm24504c8bkk>>;
export type Idcm24504c8bkk = {
    "id": XcmV3MultiassetAssetId;
    "fun": XcmV3MultiassetFungibility;
};
export type XcmV3MultiassetAssetId = Enum<{
    "Concrete": Anonymize<I4c0s5cioidn76>;
    "Abstract": SizedHex<32>;
}>;
export declare const XcmV3MultiassetAssetId: GetEnum<XcmV3MultiassetAssetId>;
export type I4c0s5cioidn76 = {
    "parents": number;
    "interior": XcmV3Junctions;
};
export type XcmV3Junctions = Enum<{
    "Here": undefined;
    "X1": XcmV3Junction;
    "X2": FixedSizeArray<2, XcmV3Junction>;
    "X3": FixedSizeArray<3, XcmV3Junction>;
    "X4": FixedSizeArray<4, XcmV3Junction>;
    "X5": FixedSizeArray<5, XcmV3Junction>;
    "X6": FixedSizeArray<6, XcmV3Junction>;
    "X7": FixedSizeArray<7, XcmV3Junction>;
    "X8": FixedSizeArray<8, XcmV3Junction>;
}>;
export declare const XcmV3Junctions: GetEnum<XcmV3Junctions>;
export type XcmV3Junction = Enum<{
    "Parachain": number;
    "AccountId32": {
        "network"?: Anonymize<Idcq3vns9tgp5p>;
        "id": SizedHex<32>;
    };
    "AccountIndex64": {
        "network"?: Anonymize<Idcq3vns9tgp5p>;
        "index": bigint;
    };
    "AccountKey20": {
        "network"?: Anonymize<Idcq3vns9tgp5p>;
        "key": SizedHex<20>;
    };
    "PalletInstance": number;
    "GeneralIndex": bigint;
    "GeneralKey": Anonymize<I15lht6t53odo4>;
    "OnlyChild": undefined;
    "Plurality": Anonymize<I518fbtnclg1oc>;
    "GlobalConsensus": XcmV3JunctionNetworkId;
}>;
export declare const XcmV3Junction: GetEnum<XcmV3Junction>;
export type Idcq3vns9tgp5p = (XcmV3JunctionNetworkId) | undefined;
export type XcmV3JunctionNetworkId = Enum<{
    "ByGenesis": SizedHex<32>;
    "ByFork": Anonymize<I15vf5oinmcgps>;
    "Polkadot": undefined;
    "Kusama": undefined;
    "Westend": undefined;
    "Rococo": undefined;
    "Wococo": undefined;
    "Ethereum": Anonymize<I623eo8t3jrbeo>;
    "BitcoinCore": undefined;
    "BitcoinCash": undefined;
    "PolkadotBulletin": undefined;
}>;
export declare const XcmV3JunctionNetworkId: GetEnum<XcmV3JunctionNetworkId>;
export type I50mli3hb64f9b = Array<Anonymize<Ia5l7mu5a6v49o>>;
export type Ia5l7mu5a6v49o = {
    "id": Anonymize<I4c0s5cioidn76>;
    "fun": XcmV3MultiassetFungibility;
};
export type I7m9b5plj4h5ot = {
    "destination": Anonymize<If9iqq7i64mur8>;
    "result": number;
    "cost": Anonymize<I4npjalvhmfuj>;
    "message_id": SizedHex<32>;
};
export type I9kt8c221c83ln = {
    "location": Anonymize<If9iqq7i64mur8>;
    "version": number;
};
export type I9onhk772nfs4f = {
    "location": Anonymize<If9iqq7i64mur8>;
    "query_id": bigint;
    "error": Anonymize<Id56rgs0bdb7gl>;
};
export type I3l6bnksrmt56r = {
    "location": XcmVersionedLocation;
    "query_id": bigint;
};
export type XcmVersionedLocation = Enum<{
    "V3": Anonymize<I4c0s5cioidn76>;
    "V4": Anonymize<I4c0s5cioidn76>;
    "V5": Anonymize<If9iqq7i64mur8>;
}>;
export declare const XcmVersionedLocation: GetEnum<XcmVersionedLocation>;
export type Idh09k0l2pmdcg = {
    "origin": Anonymize<If9iqq7i64mur8>;
    "query_id": bigint;
    "expected_querier": Anonymize<If9iqq7i64mur8>;
    "maybe_actual_querier"?: Anonymize<I4pai6qnfk426l>;
};
export type I7uoiphbm0tj4r = {
    "destination": Anonymize<If9iqq7i64mur8>;
    "cost": Anonymize<I4npjalvhmfuj>;
    "message_id": SizedHex<32>;
};
export type I512p1n7qt24l8 = {
    "paying": Anonymize<If9iqq7i64mur8>;
    "fees": Anonymize<I4npjalvhmfuj>;
};
export type I6s1nbislhk619 = {
    "version": number;
};
export type I3gghqnh2mj0is = {
    "aliaser": Anonymize<If9iqq7i64mur8>;
    "target": Anonymize<If9iqq7i64mur8>;
    "expiry"?: Anonymize<I35p85j063s0il>;
};
export type I35p85j063s0il = (bigint) | undefined;
export type I6iv852roh6t3h = {
    "aliaser": Anonymize<If9iqq7i64mur8>;
    "target": Anonymize<If9iqq7i64mur8>;
};
export type I9oc2o6itbiopq = {
    "target": Anonymize<If9iqq7i64mur8>;
};
export type I5uv57c3fffoi9 = AnonymousEnum<{
    /**
     * Downward message is invalid XCM.
     * \[ id \]
     */
    "InvalidFormat": SizedHex<32>;
    /**
     * Downward message is unsupported version of XCM.
     * \[ id \]
     */
    "UnsupportedVersion": SizedHex<32>;
    /**
     * Downward message executed with the given outcome.
     * \[ id, outcome \]
     */
    "ExecutedDownward": Anonymize<Ibslgga81p36aa>;
}>;
export type Ibslgga81p36aa = [SizedHex<32>, Anonymize<Ieqhmksji3pmv5>];
export type I2kosejppk3jon = AnonymousEnum<{
    /**
     * Message discarded due to an error in the `MessageProcessor` (usually a format error).
     */
    "ProcessingFailed": Anonymize<I1rvj4ubaplho0>;
    /**
     * Message is processed.
     */
    "Processed": Anonymize<Ia3uu7lqcc1q1i>;
    /**
     * Message placed in overweight queue.
     */
    "OverweightEnqueued": Anonymize<I7crucfnonitkn>;
    /**
     * This page was reaped.
     */
    "PageReaped": Anonymize<I7tmrp94r9sq4n>;
}>;
export type I1rvj4ubaplho0 = {
    /**
     * The `blake2_256` hash of the message.
     */
    "id": SizedHex<32>;
    /**
     * The queue of the message.
     */
    "origin": Anonymize<Iejeo53sea6n4q>;
    /**
     * The error that occurred.
     *
     * This error is pretty opaque. More fine-grained errors need to be emitted as events
     * by the `MessageProcessor`.
     */
    "error": Enum<{
        "BadFormat": undefined;
        "Corrupt": undefined;
        "Unsupported": undefined;
        "Overweight": Anonymize<I4q39t5hn830vp>;
        "Yield": undefined;
        "StackLimitReached": undefined;
    }>;
};
export type Iejeo53sea6n4q = AnonymousEnum<{
    "Here": undefined;
    "Parent": undefined;
    "Sibling": number;
}>;
export type Ia3uu7lqcc1q1i = {
    /**
     * The `blake2_256` hash of the message.
     */
    "id": SizedHex<32>;
    /**
     * The queue of the message.
     */
    "origin": Anonymize<Iejeo53sea6n4q>;
    /**
     * How much weight was used to process the message.
     */
    "weight_used": Anonymize<I4q39t5hn830vp>;
    /**
     * Whether the message was processed.
     *
     * Note that this does not mean that the underlying `MessageProcessor` was internally
     * successful. It *solely* means that the MQ pallet will treat this as a success
     * condition and discard the message. Any internal error needs to be emitted as events
     * by the `MessageProcessor`.
     */
    "success": boolean;
};
export type I7crucfnonitkn = {
    /**
     * The `blake2_256` hash of the message.
     */
    "id": SizedHex<32>;
    /**
     * The queue of the message.
     */
    "origin": Anonymize<Iejeo53sea6n4q>;
    /**
     * The page of the message.
     */
    "page_index": number;
    /**
     * The index of the message within the page.
     */
    "message_index": number;
};
export type I7tmrp94r9sq4n = {
    /**
     * The queue of the page.
     */
    "origin": Anonymize<Iejeo53sea6n4q>;
    /**
     * The index of the page.
     */
    "index": number;
};
export type I84i2o3vbhptmv = AnonymousEnum<{
    /**
     * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
     * well as the error.
     */
    "BatchInterrupted": Anonymize<Ibu3pgk0d5i78d>;
    /**
     * Batch of dispatches completed fully with no error.
     */
    "BatchCompleted": undefined;
    /**
     * Batch of dispatches completed but has errors.
     */
    "BatchCompletedWithErrors": undefined;
    /**
     * A single item within a Batch of dispatches has completed with no error.
     */
    "ItemCompleted": undefined;
    /**
     * A single item within a Batch of dispatches has completed with error.
     */
    "ItemFailed": Anonymize<Ipsr48nhkp4f>;
    /**
     * A call was dispatched.
     */
    "DispatchedAs": Anonymize<Id84q3vvv2hpn6>;
    /**
     * Main call was dispatched.
     */
    "IfElseMainSuccess": undefined;
    /**
     * The fallback call was dispatched.
     */
    "IfElseFallbackCalled": Anonymize<Ic9713ccr0rq7a>;
}>;
export type Ibu3pgk0d5i78d = {
    "index": number;
    "error": Anonymize<I2e7h8vec1rinm>;
};
export type Ipsr48nhkp4f = {
    "error": Anonymize<I2e7h8vec1rinm>;
};
export type Id84q3vvv2hpn6 = {
    "result": Anonymize<Iaa9oj13q0a7ac>;
};
export type Ic9713ccr0rq7a = {
    "main_error": Anonymize<I2e7h8vec1rinm>;
};
export type I5qvd4ijar8pi4 = AnonymousEnum<{
    /**
     * A proxy was executed correctly, with the given.
     */
    "ProxyExecuted": Anonymize<Id84q3vvv2hpn6>;
    /**
     * A pure account has been created by new proxy with given
     * disambiguation index and proxy type.
     */
    "PureCreated": Anonymize<Icoqatenatcfnb>;
    /**
     * A pure proxy was killed by its spawner.
     */
    "PureKilled": Anonymize<Ibapaee4djunc7>;
    /**
     * An announcement was placed to make a call in the future.
     */
    "Announced": Anonymize<I2ur0oeqg495j8>;
    /**
     * A proxy was added.
     */
    "ProxyAdded": Anonymize<I114s4fffuffbd>;
    /**
     * A proxy was removed.
     */
    "ProxyRemoved": Anonymize<I114s4fffuffbd>;
    /**
     * A deposit stored for proxies or announcements was poked / updated.
     */
    "DepositPoked": Anonymize<I1bhd210c3phjj>;
}>;
export type Icoqatenatcfnb = {
    "pure": SS58String;
    "who": SS58String;
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "disambiguation_index": number;
    "at": number;
    "extrinsic_index": number;
};
export type Ieb58ba27tkuu1 = AnonymousEnum<{
    "Any": undefined;
    "NonTransfer": undefined;
    "CancelProxy": undefined;
    "Governance": undefined;
    "Guardian": undefined;
    "Gatekeeper": undefined;
    "Publisher": undefined;
}>;
export type Ibapaee4djunc7 = {
    "pure": SS58String;
    "spawner": SS58String;
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "disambiguation_index": number;
};
export type I2ur0oeqg495j8 = {
    "real": SS58String;
    "proxy": SS58String;
    "call_hash": SizedHex<32>;
};
export type I114s4fffuffbd = {
    "delegator": SS58String;
    "delegatee": SS58String;
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "delay": number;
};
export type I1bhd210c3phjj = {
    "who": SS58String;
    "kind": Enum<{
        "Proxies": undefined;
        "Announcements": undefined;
    }>;
    "old_deposit": bigint;
    "new_deposit": bigint;
};
export type Ieflvrceqef0t7 = AnonymousEnum<{
    /**
     * A recovery attempt was approved by a friend.
     */
    "AttemptApproved": Anonymize<I74cgu8np39n0l>;
    /**
     * A recovery attempt was canceled by either the lost account or the initiator.
     */
    "AttemptCanceled": Anonymize<I25orvb54q88dl>;
    /**
     * A recovery attempt was initiated by a friend.
     */
    "AttemptInitiated": Anonymize<Ib729ncvntj6ge>;
    /**
     * A recovery attempt was finished.
     */
    "AttemptFinished": Anonymize<Icsmfeouh6gri7>;
    /**
     * A recovery attempt was discarded because the account was already recovered by a
     * friend group of equal or higher priority.
     *
     * The attempt is consumed (removed from storage) and its deposits are released, but
     * the existing inheritor remains unchanged.
     */
    "AttemptDiscarded": Anonymize<Icj1c576oljupp>;
    /**
     * A recovery attempt was slashed by the lost account.
     *
     * The initiator will lose their security deposit.
     */
    "AttemptSlashed": Anonymize<I2c8c7v4oadht4>;
    /**
     * The friend groups of an account have been changed.
     */
    "FriendGroupsChanged": Anonymize<I6v43d5vj613hc>;
    /**
     * The inheritor of a lost account was revoked by the lost account.
     */
    "InheritorRevoked": Anonymize<I6v43d5vj613hc>;
    /**
     * A recovered account was controlled by its inheritor.
     *
     * Check the `call_result` to see if it was successful.
     */
    "RecoveredAccountControlled": Anonymize<I3ic5hfd4kg607>;
}>;
export type I74cgu8np39n0l = {
    "lost": SS58String;
    "friend_group_index": number;
    "friend": SS58String;
};
export type I25orvb54q88dl = {
    "lost": SS58String;
    "friend_group_index": number;
    "canceler": SS58String;
};
export type Ib729ncvntj6ge = {
    "lost": SS58String;
    "friend_group_index": number;
    "initiator": SS58String;
};
export type Icsmfeouh6gri7 = {
    "lost": SS58String;
    "friend_group_index": number;
    "inheritor": SS58String;
    "previous_inheritor"?: Anonymize<Ihfphjolmsqq1>;
};
export type Icj1c576oljupp = {
    "lost": SS58String;
    "friend_group_index": number;
    "existing_inheritor": SS58String;
};
export type I2c8c7v4oadht4 = {
    "lost": SS58String;
    "friend_group_index": number;
};
export type I6v43d5vj613hc = {
    "lost": SS58String;
};
export type I3ic5hfd4kg607 = {
    "recovered": SS58String;
    "inheritor": SS58String;
    "call_hash": SizedHex<32>;
    "call_result": Anonymize<Iaa9oj13q0a7ac>;
};
export type I9nf8mdijg6oj = AnonymousEnum<{
    /**
     * A patient registered.
     */
    "PatientRegistered": Anonymize<Iahtmcbmqi9gku>;
    /**
     * The consortium admitted a participant to a role.
     */
    "Admitted": Anonymize<Ibohdp8n19jht9>;
    /**
     * A role ended: the consortium revoked it, or a patient left.
     */
    "RoleRevoked": Anonymize<I8gllfhf08s6f3>;
    /**
     * The consortium suspended a participant's provider and researcher roles.
     */
    "Suspended": Anonymize<Idukp69q96uqk7>;
    /**
     * The consortium lifted a suspension.
     */
    "Reinstated": Anonymize<I4cbvqmqadhrea>;
    /**
     * A provider's profile was set or changed.
     */
    "ProviderProfileSet": Anonymize<I2uolduhmhk38e>;
    /**
     * An identifier hash was bound to an account.
     */
    "IdentifierBound": Anonymize<Idgj2gjubad1q9>;
    /**
     * An identifier hash was released.
     */
    "IdentifierUnbound": Anonymize<Idgj2gjubad1q9>;
    /**
     * A provider created a group.
     */
    "GroupCreated": Anonymize<I111ppsg73h2uf>;
    /**
     * An account joined a group.
     */
    "GroupMemberAdded": Anonymize<I5ijf8pa8h79iv>;
    /**
     * An account left a group.
     */
    "GroupMemberRemoved": Anonymize<I5ijf8pa8h79iv>;
    /**
     * A group was dissolved.
     */
    "GroupDissolved": Anonymize<Idck5k6ru4godn>;
    /**
     * A registration moved to a new account.
     */
    "AccountRotated": Anonymize<Id9sjif2ghpo08>;
    /**
     * A provider's gatekeeper anchored the root of its next receipts.
     */
    "ReceiptsAnchored": Anonymize<Ief1a9uupevkbv>;
}>;
export type Iahtmcbmqi9gku = {
    /**
     * The patient's account.
     */
    "who": SS58String;
    /**
     * The patient's participant number.
     */
    "id": bigint;
};
export type Ibohdp8n19jht9 = {
    /**
     * The participant.
     */
    "who": SS58String;
    /**
     * The participant's number.
     */
    "id": bigint;
    /**
     * The role: provider or researcher.
     */
    "role": Anonymize<I7ljcca47atm2l>;
};
export type I7ljcca47atm2l = AnonymousEnum<{
    "Patient": undefined;
    "Provider": undefined;
    "Researcher": undefined;
}>;
export type I8gllfhf08s6f3 = {
    /**
     * The participant.
     */
    "who": SS58String;
    /**
     * The role.
     */
    "role": Anonymize<I7ljcca47atm2l>;
};
export type Idukp69q96uqk7 = {
    /**
     * The participant.
     */
    "who": SS58String;
    /**
     * Opaque reason code, meaningful to the consortium.
     */
    "reason": number;
};
export type I2uolduhmhk38e = {
    /**
     * The provider.
     */
    "provider": SS58String;
};
export type Idgj2gjubad1q9 = {
    /**
     * The account.
     */
    "who": SS58String;
    /**
     * The hash.
     */
    "identifier": SizedHex<32>;
};
export type I111ppsg73h2uf = {
    /**
     * The new group.
     */
    "group": number;
    /**
     * The provider managing it.
     */
    "owner": SS58String;
};
export type I5ijf8pa8h79iv = {
    /**
     * The group.
     */
    "group": number;
    /**
     * The new member.
     */
    "who": SS58String;
};
export type Idck5k6ru4godn = {
    /**
     * The group.
     */
    "group": number;
};
export type Id9sjif2ghpo08 = {
    /**
     * The account it was held by.
     */
    "old": SS58String;
    /**
     * The account that holds it now.
     */
    "new": SS58String;
};
export type Ief1a9uupevkbv = {
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * The anchor's index among the provider's anchors.
     */
    "index": number;
    /**
     * The Merkle root of the receipts.
     */
    "root": SizedHex<32>;
    /**
     * The number of the first receipt under it.
     */
    "first": bigint;
    /**
     * How many receipts are under it.
     */
    "count": number;
};
export type I9dft50t6pu5j4 = AnonymousEnum<{
    /**
     * A provider opened a relationship (`New`), or accepted a patient's invitation
     * (`Acknowledged`).
     */
    "RelationshipOpened": Anonymize<Ie3almdr8kiuk4>;
    /**
     * A patient invited a provider to a relationship.
     */
    "ProviderInvited": Anonymize<I9na8csiqgnth9>;
    /**
     * A provider added a pointer to a relationship.
     */
    "PointerAdded": Anonymize<I93gkjdqhvfmhd>;
    /**
     * A provider recorded new data behind a pointer.
     */
    "PointerUpdated": Anonymize<I3q52sg1o0rk8a>;
    /**
     * A provider removed a pointer.
     */
    "PointerRemoved": Anonymize<I3qoc0fuq61dt7>;
    /**
     * The patient has seen the relationship's latest changes.
     */
    "RelationshipAcknowledged": Anonymize<I9na8csiqgnth9>;
    /**
     * The patient refused the relationship.
     */
    "RelationshipRejected": Anonymize<I9na8csiqgnth9>;
    /**
     * A relationship ended: nobody reaches its pointers any more, and its deposits are
     * released as its pointers are removed.
     */
    "RelationshipTerminated": Anonymize<Ia25flpuer3oo>;
    /**
     * Pointers of an ended relationship were removed and their deposits released.
     */
    "PointersReaped": Anonymize<I3b5bb37nmjsao>;
    /**
     * A viewer has seen what a patient shares with them.
     */
    "SharedAcknowledged": Anonymize<Iefg9oj496hb5l>;
}>;
export type Ie3almdr8kiuk4 = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * `New`, or `Acknowledged` for an accepted invitation.
     */
    "status": Anonymize<Ida5e9bp9fpme>;
};
export type Ida5e9bp9fpme = AnonymousEnum<{
    "Invited": undefined;
    "New": undefined;
    "Updated": undefined;
    "Acknowledged": undefined;
    "Rejected": undefined;
}>;
export type I9na8csiqgnth9 = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
};
export type I93gkjdqhvfmhd = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * The new pointer.
     */
    "pointer": bigint;
    /**
     * Its category.
     */
    "category": number;
    /**
     * The salted commitment to the data it returns.
     */
    "content_hash": SizedHex<32>;
};
export type I3q52sg1o0rk8a = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * The pointer.
     */
    "pointer": bigint;
    /**
     * The salted commitment to the data it returns now.
     */
    "content_hash": SizedHex<32>;
};
export type I3qoc0fuq61dt7 = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * The pointer, gone.
     */
    "pointer": bigint;
};
export type Ia25flpuer3oo = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * Which side ended it.
     */
    "by": Anonymize<I5mhiaupaqmuun>;
    /**
     * Pointers left to remove (in idle time, or by `reap`); 0 when all are gone.
     */
    "remaining": number;
};
export type I5mhiaupaqmuun = AnonymousEnum<{
    "Patient": undefined;
    "Provider": undefined;
}>;
export type I3b5bb37nmjsao = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * How many were removed.
     */
    "removed": number;
    /**
     * How many are left; 0 when all are gone.
     */
    "remaining": number;
};
export type Iefg9oj496hb5l = {
    /**
     * The viewer.
     */
    "viewer": SS58String;
    /**
     * The patient.
     */
    "patient": SS58String;
};
export type I80hpsr3nq86b = AnonymousEnum<{
    /**
     * A patient (or their guardian) granted access.
     */
    "AccessGranted": Anonymize<I45851vt8bq7tc>;
    /**
     * A grant was revoked: no decision from the next block on sees it.
     */
    "AccessRevoked": Anonymize<I2oaal11fe8hbg>;
    /**
     * An expired grant was removed and its deposit returned.
     */
    "GrantExpired": Anonymize<Ick76aqgdiop5j>;
    /**
     * A guardianship began: the patient chose the guardian, accepted a provider's
     * proposal, or the consortium appointed one.
     */
    "GuardianAdded": Anonymize<I1do2050at7fco>;
    /**
     * A provider proposed a guardian; the patient accepts or declines.
     */
    "GuardianProposed": Anonymize<Id5si020gdf2o>;
    /**
     * A guardian proposal ended without a guardianship: the patient declined it or the
     * provider withdrew it.
     */
    "GuardianProposalDeclined": Anonymize<Iei5idjnft7a7e>;
    /**
     * A guardian was removed (by the patient's veto or their own resignation).
     */
    "GuardianRemoved": Anonymize<Id29cgsn96pdgp>;
    /**
     * The consortium certified (or decertified) a provider for emergency access.
     */
    "EmergencyCertificationSet": Anonymize<I6863a1u6mn9b>;
    /**
     * A provider broke the glass: the patient and their guardians are told, and should
     * review it.
     */
    "EmergencyAccessOpened": Anonymize<Ietc144h86oiab>;
    /**
     * The patient (or a guardian) reviewed an emergency access.
     */
    "EmergencyReviewed": Anonymize<Idplbmlvuts11f>;
    /**
     * The consortium closed a contested emergency access.
     */
    "EmergencyClosed": Anonymize<I4tssn762gd8s5>;
}>;
export type I45851vt8bq7tc = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The grantee.
     */
    "grantee": Anonymize<I3v1jfmsct43nt>;
    /**
     * The new grant.
     */
    "grant": bigint;
    /**
     * What it covers.
     */
    "scope": Anonymize<I8ouuu1be0g8on>;
    /**
     * The first block it is valid in.
     */
    "start": number;
    /**
     * The first block it is no longer valid in.
     */
    "expires"?: Anonymize<I4arjljr6dpflb>;
    /**
     * Who made it: the patient, or the guardian who acted for them.
     */
    "granted_by": Anonymize<Idkm8uu0lb5vkn>;
};
export type I3v1jfmsct43nt = AnonymousEnum<{
    "Participant": bigint;
    "Account": SS58String;
    "Group": number;
}>;
export type I8ouuu1be0g8on = AnonymousEnum<{
    "Record": undefined;
    "Provider": bigint;
    "Category": number;
    "Pointer": bigint;
    "Fields": Anonymize<I200n1ov5tbcvr>;
}>;
export type I200n1ov5tbcvr = FixedSizeArray<2, bigint>;
export type I4arjljr6dpflb = (number) | undefined;
export type Idkm8uu0lb5vkn = AnonymousEnum<{
    "Patient": undefined;
    "Guardian": SS58String;
    "Emergency": bigint;
}>;
export type I2oaal11fe8hbg = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The grantee.
     */
    "grantee": Anonymize<I3v1jfmsct43nt>;
    /**
     * The grant, gone.
     */
    "grant": bigint;
};
export type Ick76aqgdiop5j = {
    /**
     * The grant, gone.
     */
    "grant": bigint;
};
export type I1do2050at7fco = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The guardian.
     */
    "guardian": SS58String;
    /**
     * What they may do.
     */
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    /**
     * The first block the guardianship no longer holds in.
     */
    "until"?: Anonymize<I4arjljr6dpflb>;
    /**
     * How it came about.
     */
    "basis": Anonymize<I9ec4rht4vsrjp>;
};
export type Ieflaqhk8fb1kd = AnonymousEnum<{
    "View": undefined;
    "ManageSharing": undefined;
}>;
export type I9ec4rht4vsrjp = AnonymousEnum<{
    "Patient": undefined;
    "Accepted": {
        "proposer": bigint;
    };
    "Appointed": Anonymize<I5cm98jgso8icf>;
}>;
export type I5cm98jgso8icf = AnonymousEnum<{
    "Minor": undefined;
    "Incapacity": undefined;
}>;
export type Id5si020gdf2o = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The proposed guardian.
     */
    "guardian": SS58String;
    /**
     * The provider that proposes them.
     */
    "proposer": SS58String;
    /**
     * What they would be allowed to do.
     */
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    /**
     * The first block the guardianship would no longer hold in.
     */
    "until": number;
};
export type Iei5idjnft7a7e = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The proposed guardian.
     */
    "guardian": SS58String;
    /**
     * Who ended it.
     */
    "by": SS58String;
};
export type Id29cgsn96pdgp = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The former guardian.
     */
    "guardian": SS58String;
};
export type I6863a1u6mn9b = {
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * Whether it is certified now.
     */
    "certified": boolean;
};
export type Ietc144h86oiab = {
    /**
     * The emergency access.
     */
    "emergency": bigint;
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The certified provider it was opened for.
     */
    "provider": SS58String;
    /**
     * Who broke the glass: the provider's own account or a member of its group.
     */
    "opened_by": SS58String;
    /**
     * Why, as a code.
     */
    "reason": number;
    /**
     * The grant it opened.
     */
    "grant": bigint;
    /**
     * The first block the grant is no longer valid in.
     */
    "expires": number;
};
export type Idplbmlvuts11f = {
    /**
     * The emergency access.
     */
    "emergency": bigint;
    /**
     * `Accepted` or `Contested`.
     */
    "review": Anonymize<Ic3oc9un8fo21k>;
};
export type Ic3oc9un8fo21k = AnonymousEnum<{
    "Pending": undefined;
    "Accepted": undefined;
    "Contested": undefined;
}>;
export type I4tssn762gd8s5 = {
    /**
     * The emergency access.
     */
    "emergency": bigint;
};
export type I140c161b4ao85 = AnonymousEnum<{
    /**
     * A collator now mines for a researcher.
     */
    "CollatorBound": Anonymize<I6tjn6aubvst32>;
    /**
     * A collator no longer mines for its researcher.
     */
    "CollatorUnbound": Anonymize<Ieinuidojqh902>;
    /**
     * A provider offered a bounty query; the block's author owns it.
     */
    "BountyQuerySubmitted": Anonymize<I8kdb96hubnns6>;
    /**
     * A provider answered a bounty query.
     */
    "BountyQueryAnswered": Anonymize<Ifc5t72cb6i90s>;
    /**
     * A researcher asked providers for an aggregate.
     */
    "AggregateRequested": Anonymize<I17i7bl7e5v2i9>;
    /**
     * A provider answered a request.
     */
    "RequestAnswered": Anonymize<I28i6v9ov1p6a0>;
    /**
     * Every provider asked has answered; the request is closed.
     */
    "RequestCompleted": Anonymize<I6al1n81n93b1t>;
    /**
     * A request expired; the credits of missing answers went back to the researcher.
     */
    "RequestExpired": Anonymize<I225m9baobku11>;
    /**
     * A patient's research consent changed.
     */
    "ConsentSet": Anonymize<Iopa16vh6kmka>;
    /**
     * A provider set its release policy.
     */
    "ReleasePolicySet": Anonymize<I2uolduhmhk38e>;
    /**
     * The consortium changed the parameters.
     */
    "ParametersSet": Anonymize<I8mqp9nn3643qm>;
}>;
export type I6tjn6aubvst32 = {
    /**
     * The collator's account.
     */
    "collator": SS58String;
    /**
     * The researcher.
     */
    "researcher": SS58String;
};
export type Ieinuidojqh902 = {
    /**
     * The collator's account.
     */
    "collator": SS58String;
};
export type I8kdb96hubnns6 = {
    /**
     * The query.
     */
    "bounty": bigint;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * Its owner.
     */
    "owner": Anonymize<I9jf3pvf0hh1g0>;
};
export type I9jf3pvf0hh1g0 = AnonymousEnum<{
    "Researcher": bigint;
    "Collator": SS58String;
    "Nobody": undefined;
}>;
export type Ifc5t72cb6i90s = {
    /**
     * The query.
     */
    "bounty": bigint;
    /**
     * BLAKE2-256 of the result.
     */
    "result_hash": SizedHex<32>;
    /**
     * How many patients the result covers.
     */
    "cohort": number;
};
export type I17i7bl7e5v2i9 = {
    /**
     * The request.
     */
    "request": bigint;
    /**
     * The researcher.
     */
    "researcher": SS58String;
    /**
     * The credits it put in escrow.
     */
    "escrow": bigint;
};
export type I28i6v9ov1p6a0 = {
    /**
     * The request.
     */
    "request": bigint;
    /**
     * The provider.
     */
    "provider": SS58String;
    /**
     * BLAKE2-256 of the result.
     */
    "result_hash": SizedHex<32>;
    /**
     * How many patients the result covers.
     */
    "cohort": number;
};
export type I6al1n81n93b1t = {
    /**
     * The request.
     */
    "request": bigint;
};
export type I225m9baobku11 = {
    /**
     * The request.
     */
    "request": bigint;
    /**
     * The credits refunded.
     */
    "refunded": bigint;
};
export type Iopa16vh6kmka = {
    /**
     * The patient.
     */
    "patient": SS58String;
    /**
     * The category.
     */
    "category": number;
    /**
     * Whether the patient is opted in now.
     */
    "opted_in": boolean;
};
export type I8mqp9nn3643qm = {
    /**
     * The new parameters.
     */
    "parameters": Anonymize<I8d54mccf5mgn8>;
};
export type I8d54mccf5mgn8 = {
    "credits_per_block": bigint;
    "request_cost": bigint;
    "min_cohort_floor": number;
    "request_lifetime": number;
};
export type Ic5m5lp1oioo8r = Array<SizedHex<32>>;
export type I95g6i7ilua7lq = Array<Anonymize<I9jd27rnpm8ttv>>;
export type I9jd27rnpm8ttv = FixedSizeArray<2, number>;
export type Ieniouoqkq4icf = {
    "spec_version": number;
    "spec_name": string;
};
export type I8re9183nrhr3n = AnonymousEnum<{
    "FullCore": {
        "context": number;
    };
    "PotentialFullCore": {
        "context": number;
        "first_transaction_index"?: Anonymize<I4arjljr6dpflb>;
        "target_weight": Anonymize<I4q39t5hn830vp>;
    };
    "FractionOfCore": {
        "context": number;
        "first_transaction_index"?: Anonymize<I4arjljr6dpflb>;
    };
}>;
export type I1v7jbnil3tjns = Array<{
    "used_bandwidth": Anonymize<Ieafp1gui1o4cl>;
    "para_head_hash"?: Anonymize<I4s6vifaf8k998>;
    "consumed_go_ahead_signal"?: Anonymize<Iav8k1edbj86k7>;
}>;
export type Ieafp1gui1o4cl = {
    "ump_msg_count": number;
    "ump_total_bytes": number;
    "hrmp_outgoing": Array<[number, {
        "msg_count": number;
        "total_bytes": number;
    }]>;
};
export type Iav8k1edbj86k7 = (UpgradeGoAhead) | undefined;
export type UpgradeGoAhead = Enum<{
    "Abort": undefined;
    "GoAhead": undefined;
}>;
export declare const UpgradeGoAhead: GetEnum<UpgradeGoAhead>;
export type I8jgj1nhcr2dg8 = {
    "used_bandwidth": Anonymize<Ieafp1gui1o4cl>;
    "hrmp_watermark"?: Anonymize<I4arjljr6dpflb>;
    "consumed_go_ahead_signal"?: Anonymize<Iav8k1edbj86k7>;
};
export type Ifn6q3equiq9qi = {
    "parent_head": Uint8Array;
    "relay_parent_number": number;
    "relay_parent_storage_root": SizedHex<32>;
    "max_pov_size": number;
};
export type Ia3sb0vgvovhtg = (UpgradeRestriction) | undefined;
export type UpgradeRestriction = Enum<{
    "Present": undefined;
}>;
export declare const UpgradeRestriction: GetEnum<UpgradeRestriction>;
export type Itom7fk49o0c9 = Array<Uint8Array>;
export type I4i91h98n3cv1b = {
    "dmq_mqc_head": SizedHex<32>;
    "relay_dispatch_queue_remaining_capacity": {
        "remaining_count": number;
        "remaining_size": number;
    };
    "ingress_channels": Array<[number, {
        "max_capacity": number;
        "max_total_size": number;
        "max_message_size": number;
        "msg_count": number;
        "total_size": number;
        "mqc_head"?: Anonymize<I4s6vifaf8k998>;
    }]>;
    "egress_channels": Array<[number, {
        "max_capacity": number;
        "max_total_size": number;
        "max_message_size": number;
        "msg_count": number;
        "total_size": number;
        "mqc_head"?: Anonymize<I4s6vifaf8k998>;
    }]>;
};
export type I4iumukclgj8ej = {
    "max_code_size": number;
    "max_head_data_size": number;
    "max_upward_queue_count": number;
    "max_upward_queue_size": number;
    "max_upward_message_size": number;
    "max_upward_message_num_per_candidate": number;
    "hrmp_max_message_num_per_candidate": number;
    "validation_upgrade_cooldown": number;
    "validation_upgrade_delay": number;
    "async_backing_params": {
        "max_candidate_depth": number;
        "allowed_ancestry_len": number;
    };
};
export type Iqnbvitf7a7l3 = Array<[number, SizedHex<32>]>;
export type I48i407regf59r = {
    "sent_at": number;
    "reverse_idx": number;
};
export type I6r5cbv8ttrb09 = Array<{
    "recipient": number;
    "data": Uint8Array;
}>;
export type Inofn0qqbjtb9 = {
    "relay_storage_root_or_hash": SizedHex<32>;
    "core_selector": number;
    "bundle_index": number;
    "ump_msg_count": number;
    "hrmp_outbound_count": number;
    "hrmp_outbound_recipients": Anonymize<Icgljjb6j82uhn>;
};
export type Icgljjb6j82uhn = Array<number>;
export type I8ds64oj6581v0 = Array<{
    "id": SizedHex<8>;
    "amount": bigint;
    "reasons": BalancesTypesReasons;
}>;
export type BalancesTypesReasons = Enum<{
    "Fee": undefined;
    "Misc": undefined;
    "All": undefined;
}>;
export declare const BalancesTypesReasons: GetEnum<BalancesTypesReasons>;
export type Ia7pdug7cdsg8g = Array<{
    "id": SizedHex<8>;
    "amount": bigint;
}>;
export type I3ittobh3r89el = Array<{
    "id": Anonymize<I1r8ku96e5k5q3>;
    "amount": bigint;
}>;
export type I9bin2jc70qt6q = Array<Anonymize<I3qt1hgg4djhgb>>;
export type TransactionPaymentReleases = Enum<{
    "V1Ancient": undefined;
    "V2": undefined;
}>;
export declare const TransactionPaymentReleases: GetEnum<TransactionPaymentReleases>;
export type Ieq13n11iu8got = AnonymousEnum<{
    "System": Anonymize<Iekve0i6djpd9f>;
    "ParachainSystem": Anonymize<I3u72uvpuo4qrt>;
    "Timestamp": Anonymize<I7d75gqfg6jh9c>;
    "ParachainInfo": undefined;
    "Balances": Anonymize<I9svldsp29mh87>;
    "Consortium": Anonymize<Icho39ge1a4fvp>;
    "ConsortiumMembership": Anonymize<I6tsknu13e0euf>;
    "Sudo": Anonymize<I25cutr6uh0752>;
    "ConsortiumRoot": Anonymize<I8g8f3slruubj4>;
    "CollatorSelection": Anonymize<I9dpq5287dur8b>;
    "Session": Anonymize<I3ae50v4euhqtc>;
    "XcmpQueue": Anonymize<Ib7tahn20bvsep>;
    "PolkadotXcm": Anonymize<I6k1inef986368>;
    "CumulusXcm": undefined;
    "MessageQueue": Anonymize<Ic2uoe7jdksosp>;
    "Utility": Anonymize<I4hb5no7rkrb3h>;
    "Proxy": Anonymize<Ia45h2ji5cosn5>;
    "Recovery": Anonymize<I98uttjgtjik6a>;
    "Registrar": Anonymize<I2mld45nrme8qh>;
    "Relationships": Anonymize<I151kgpns2o9nn>;
    "Permissions": Anonymize<I3udi7j6s6b2qd>;
    "Research": Anonymize<I1sckrd7jju07o>;
}>;
export type Iekve0i6djpd9f = AnonymousEnum<{
    /**
     * Make some on-chain remark.
     *
     * Can be executed by every `origin`.
     */
    "remark": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Set the number of pages in the WebAssembly environment's heap.
     */
    "set_heap_pages": Anonymize<I4adgbll7gku4i>;
    /**
     * Set the new runtime code.
     */
    "set_code": Anonymize<I6pjjpfvhvcfru>;
    /**
     * Set the new runtime code without doing any checks of the given `code`.
     *
     * Note that runtime upgrades will not run if this is called with a not-increasing spec
     * version!
     */
    "set_code_without_checks": Anonymize<I6pjjpfvhvcfru>;
    /**
     * Set some items of storage.
     */
    "set_storage": Anonymize<I9pj91mj79qekl>;
    /**
     * Kill some items from storage.
     */
    "kill_storage": Anonymize<I39uah9nss64h9>;
    /**
     * Kill all storage items with a key that starts with the given prefix.
     *
     * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
     * the prefix we are removing to accurately calculate the weight of this function.
     */
    "kill_prefix": Anonymize<Ik64dknsq7k08>;
    /**
     * Make some on-chain remark and emit event.
     */
    "remark_with_event": Anonymize<I8ofcg5rbj0g2c>;
    /**
     * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
     * later.
     *
     * This call requires Root origin.
     */
    "authorize_upgrade": Anonymize<Ib51vk42m1po4n>;
    /**
     * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
     * later.
     *
     * WARNING: This authorizes an upgrade that will take place without any safety checks, for
     * example that the spec name remains the same and that the version number increases. Not
     * recommended for normal use. Use `authorize_upgrade` instead.
     *
     * This call requires Root origin.
     */
    "authorize_upgrade_without_checks": Anonymize<Ib51vk42m1po4n>;
    /**
     * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
     *
     * If the authorization required a version check, this call will ensure the spec name
     * remains unchanged and that the spec version has increased.
     *
     * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
     * the new `code` in the same block or attempt to schedule the upgrade.
     *
     * All origins are allowed.
     */
    "apply_authorized_upgrade": Anonymize<I6pjjpfvhvcfru>;
}>;
export type I8ofcg5rbj0g2c = {
    "remark": Uint8Array;
};
export type I4adgbll7gku4i = {
    "pages": bigint;
};
export type I6pjjpfvhvcfru = {
    "code": Uint8Array;
};
export type I9pj91mj79qekl = {
    "items": Array<FixedSizeArray<2, Uint8Array>>;
};
export type I39uah9nss64h9 = {
    "keys": Anonymize<Itom7fk49o0c9>;
};
export type Ik64dknsq7k08 = {
    "prefix": Uint8Array;
    "subkeys": number;
};
export type Ib51vk42m1po4n = {
    "code_hash": SizedHex<32>;
};
export type I3u72uvpuo4qrt = AnonymousEnum<{
    /**
     * Set the current validation data.
     *
     * This should be invoked exactly once per block. It will panic at the finalization
     * phase if the call was not invoked.
     *
     * The dispatch origin for this call must be `Inherent`
     *
     * As a side effect, this function upgrades the current validation function
     * if the appropriate time has come.
     */
    "set_validation_data": Anonymize<Ial23jn8hp0aen>;
    "sudo_send_upward_message": Anonymize<Ifpj261e8s63m3>;
}>;
export type Ial23jn8hp0aen = {
    "data": {
        "validation_data": Anonymize<Ifn6q3equiq9qi>;
        "relay_chain_state": Anonymize<Itom7fk49o0c9>;
        "relay_parent_descendants": Array<Anonymize<Ic952bubvq4k7d>>;
        "collator_peer_id"?: Anonymize<Iabpgqcjikia83>;
    };
    "inbound_messages_data": {
        "downward_messages": {
            "full_messages": Array<{
                "sent_at": number;
                "msg": Uint8Array;
            }>;
            "hashed_messages": Array<Anonymize<Icqnh9ino03itn>>;
        };
        "horizontal_messages": {
            "full_messages": Array<[number, {
                "sent_at": number;
                "data": Uint8Array;
            }]>;
            "hashed_messages": Array<[number, Anonymize<Icqnh9ino03itn>]>;
        };
    };
};
export type Ic952bubvq4k7d = {
    "parent_hash": SizedHex<32>;
    "number": number;
    "state_root": SizedHex<32>;
    "extrinsics_root": SizedHex<32>;
    "digest": Anonymize<I4mddgoa69c0a2>;
};
export type Iabpgqcjikia83 = (Uint8Array) | undefined;
export type Icqnh9ino03itn = {
    "sent_at": number;
    "msg_hash": SizedHex<32>;
};
export type Ifpj261e8s63m3 = {
    "message": Uint8Array;
};
export type I7d75gqfg6jh9c = AnonymousEnum<{
    /**
     * Set the current time.
     *
     * This call should be invoked exactly once per block. It will panic at the finalization
     * phase, if this call hasn't been invoked by that time.
     *
     * The timestamp should be greater than the previous one by the amount specified by
     * [`Config::MinimumPeriod`].
     *
     * The dispatch origin for this call must be _None_.
     *
     * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
     * that changing the complexity of this call could result exhausting the resources in a
     * block to execute any other calls.
     *
     * ## Complexity
     * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
     * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
     * `on_finalize`)
     * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
     */
    "set": Anonymize<Idcr6u6361oad9>;
}>;
export type Idcr6u6361oad9 = {
    "now": bigint;
};
export type I9svldsp29mh87 = AnonymousEnum<{
    /**
     * Transfer some liquid free balance to another account.
     *
     * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
     * If the sender's account is below the existential deposit as a result
     * of the transfer, the account will be reaped.
     *
     * The dispatch origin for this call must be `Signed` by the transactor.
     */
    "transfer_allow_death": Anonymize<I4ktuaksf5i1gk>;
    /**
     * Exactly as `transfer_allow_death`, except the origin must be root and the source account
     * may be specified.
     */
    "force_transfer": Anonymize<I9bqtpv2ii35mp>;
    /**
     * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
     * kill the origin account.
     *
     * 99% of the time you want [`transfer_allow_death`] instead.
     *
     * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
     */
    "transfer_keep_alive": Anonymize<I4ktuaksf5i1gk>;
    /**
     * Transfer the entire transferable balance from the caller account.
     *
     * NOTE: This function only attempts to transfer _transferable_ balances. This means that
     * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
     * transferred by this function. To ensure that this function results in a killed account,
     * you might need to prepare the account by removing any reference counters, storage
     * deposits, etc...
     *
     * The dispatch origin of this call must be Signed.
     *
     * - `dest`: The recipient of the transfer.
     * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
     * of the funds the account has, causing the sender account to be killed (false), or
     * transfer everything except at least the existential deposit, which will guarantee to
     * keep the sender account alive (true).
     */
    "transfer_all": Anonymize<I9j7pagd6d4bda>;
    /**
     * Unreserve some balance from a user by force.
     *
     * Can only be called by ROOT.
     */
    "force_unreserve": Anonymize<I2h9pmio37r7fb>;
    /**
     * Upgrade a specified account.
     *
     * - `origin`: Must be `Signed`.
     * - `who`: The account to be upgraded.
     *
     * This will waive the transaction fee if at least all but 10% of the accounts needed to
     * be upgraded. (We let some not have to be upgraded just in order to allow for the
     * possibility of churn).
     */
    "upgrade_accounts": Anonymize<Ibmr18suc9ikh9>;
    /**
     * Set the regular balance of a given account.
     *
     * The dispatch origin for this call is `root`.
     */
    "force_set_balance": Anonymize<I9iq22t0burs89>;
    /**
     * Adjust the total issuance in a saturating way.
     *
     * Can only be called by root and always needs a positive `delta`.
     *
     * # Example
     */
    "force_adjust_total_issuance": Anonymize<I5u8olqbbvfnvf>;
    /**
     * Burn the specified liquid free balance from the origin account.
     *
     * If the origin's account ends up below the existential deposit as a result
     * of the burn and `keep_alive` is false, the account will be reaped.
     *
     * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
     * this `burn` operation will reduce total issuance by the amount _burned_.
     */
    "burn": Anonymize<I5utcetro501ir>;
}>;
export type I4ktuaksf5i1gk = {
    "dest": MultiAddress;
    "value": bigint;
};
export type MultiAddress = Enum<{
    "Id": SS58String;
    "Index": undefined;
    "Raw": Uint8Array;
    "Address32": SizedHex<32>;
    "Address20": SizedHex<20>;
}>;
export declare const MultiAddress: GetEnum<MultiAddress>;
export type I9bqtpv2ii35mp = {
    "source": MultiAddress;
    "dest": MultiAddress;
    "value": bigint;
};
export type I9j7pagd6d4bda = {
    "dest": MultiAddress;
    "keep_alive": boolean;
};
export type I2h9pmio37r7fb = {
    "who": MultiAddress;
    "amount": bigint;
};
export type Ibmr18suc9ikh9 = {
    "who": Anonymize<Ia2lhg7l2hilo3>;
};
export type I9iq22t0burs89 = {
    "who": MultiAddress;
    "new_free": bigint;
};
export type I5u8olqbbvfnvf = {
    "direction": BalancesAdjustmentDirection;
    "delta": bigint;
};
export type BalancesAdjustmentDirection = Enum<{
    "Increase": undefined;
    "Decrease": undefined;
}>;
export declare const BalancesAdjustmentDirection: GetEnum<BalancesAdjustmentDirection>;
export type I5utcetro501ir = {
    "value": bigint;
    "keep_alive": boolean;
};
export type Icho39ge1a4fvp = AnonymousEnum<{
    /**
     * Set the collective's membership.
     *
     * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
     * - `prime`: The prime member whose vote sets the default.
     * - `old_count`: The upper bound for the previous number of members in storage. Used for
     * weight estimation.
     *
     * The dispatch of this call must be `SetMembersOrigin`.
     *
     * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
     * the weight estimations rely on it to estimate dispatchable weight.
     *
     * # WARNING:
     *
     * The `pallet-collective` can also be managed by logic outside of the pallet through the
     * implementation of the trait [`ChangeMembers`].
     * Any call to `set_members` must be careful that the member set doesn't get out of sync
     * with other logic managing the member set.
     *
     * ## Complexity:
     * - `O(MP + N)` where:
     * - `M` old-members-count (code- and governance-bounded)
     * - `N` new-members-count (code- and governance-bounded)
     * - `P` proposals-count (code-bounded)
     */
    "set_members": Anonymize<I38jfk5li8iang>;
    /**
     * Dispatch a proposal from a member using the `Member` origin.
     *
     * Origin must be a member of the collective.
     *
     * ## Complexity:
     * - `O(B + M + P)` where:
     * - `B` is `proposal` size in bytes (length-fee-bounded)
     * - `M` members-count (code-bounded)
     * - `P` complexity of dispatching `proposal`
     */
    "execute": Anonymize<I51q6ikt84lidr>;
    /**
     * Add a new proposal to either be voted on or executed directly.
     *
     * Requires the sender to be member.
     *
     * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
     * or put up for voting.
     *
     * ## Complexity
     * - `O(B + M + P1)` or `O(B + M + P2)` where:
     * - `B` is `proposal` size in bytes (length-fee-bounded)
     * - `M` is members-count (code- and governance-bounded)
     * - branching is influenced by `threshold` where:
     * - `P1` is proposal execution complexity (`threshold < 2`)
     * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
     */
    "propose": Anonymize<I6afq3163gb8u5>;
    /**
     * Add an aye or nay vote for the sender to the given proposal.
     *
     * Requires the sender to be a member.
     *
     * Transaction fees will be waived if the member is voting on any particular proposal
     * for the first time and the call is successful. Subsequent vote changes will charge a
     * fee.
     * ## Complexity
     * - `O(M)` where `M` is members-count (code- and governance-bounded)
     */
    "vote": Anonymize<I2dtrijkm5601t>;
    /**
     * Disapprove a proposal, close, and remove it from the system, regardless of its current
     * state.
     *
     * Must be called by the Root origin.
     *
     * Parameters:
     * * `proposal_hash`: The hash of the proposal that should be disapproved.
     *
     * ## Complexity
     * O(P) where P is the number of max proposals
     */
    "disapprove_proposal": Anonymize<I2ev73t79f46tb>;
    /**
     * Close a vote that is either approved, disapproved or whose voting period has ended.
     *
     * May be called by any signed account in order to finish voting and close the proposal.
     *
     * If called before the end of the voting period it will only close the vote if it is
     * has enough votes to be approved or disapproved.
     *
     * If called after the end of the voting period abstentions are counted as rejections
     * unless there is a prime member set and the prime member cast an approval.
     *
     * If the close operation completes successfully with disapproval, the transaction fee will
     * be waived. Otherwise execution of the approved operation will be charged to the caller.
     *
     * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
     * proposal.
     * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
     * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
     *
     * ## Complexity
     * - `O(B + M + P1 + P2)` where:
     * - `B` is `proposal` size in bytes (length-fee-bounded)
     * - `M` is members-count (code- and governance-bounded)
     * - `P1` is the complexity of `proposal` preimage.
     * - `P2` is proposal-count (code-bounded)
     */
    "close": Anonymize<Ib2obgji960euh>;
    /**
     * Disapprove the proposal and burn the cost held for storing this proposal.
     *
     * Parameters:
     * - `origin`: must be the `KillOrigin`.
     * - `proposal_hash`: The hash of the proposal that should be killed.
     *
     * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
     */
    "kill": Anonymize<I2ev73t79f46tb>;
    /**
     * Release the cost held for storing a proposal once the given proposal is completed.
     *
     * If there is no associated cost for the given proposal, this call will have no effect.
     *
     * Parameters:
     * - `origin`: must be `Signed` or `Root`.
     * - `proposal_hash`: The hash of the proposal.
     *
     * Emits `ProposalCostReleased` if any cost held for a given proposal.
     */
    "release_proposal_cost": Anonymize<I2ev73t79f46tb>;
}>;
export type I38jfk5li8iang = {
    "new_members": Anonymize<Ia2lhg7l2hilo3>;
    "prime"?: Anonymize<Ihfphjolmsqq1>;
    "old_count": number;
};
export type I51q6ikt84lidr = {
    "proposal": TxCallData;
    "length_bound": number;
};
export type I6afq3163gb8u5 = {
    "threshold": number;
    "proposal": TxCallData;
    "length_bound": number;
};
export type I2dtrijkm5601t = {
    "proposal": SizedHex<32>;
    "index": number;
    "approve": boolean;
};
export type Ib2obgji960euh = {
    "proposal_hash": SizedHex<32>;
    "index": number;
    "proposal_weight_bound": Anonymize<I4q39t5hn830vp>;
    "length_bound": number;
};
export type I6tsknu13e0euf = AnonymousEnum<{
    /**
     * Add a member `who` to the set.
     *
     * May only be called from `T::AddOrigin`.
     */
    "add_member": Anonymize<I59bngqm85b22v>;
    /**
     * Remove a member `who` from the set.
     *
     * May only be called from `T::RemoveOrigin`.
     */
    "remove_member": Anonymize<I59bngqm85b22v>;
    /**
     * Swap out one member `remove` for another `add`.
     *
     * May only be called from `T::SwapOrigin`.
     *
     * Prime membership is *not* passed from `remove` to `add`, if extant.
     */
    "swap_member": Anonymize<I4u4n2na1l5uo7>;
    /**
     * Change the membership to a new set, disregarding the existing membership. Be nice and
     * pass `members` pre-sorted.
     *
     * May only be called from `T::ResetOrigin`.
     */
    "reset_members": Anonymize<I3c63j6sh3evqn>;
    /**
     * Swap out the sending member for some other key `new`.
     *
     * May only be called from `Signed` origin of a current member.
     *
     * Prime membership is passed from the origin account to `new`, if extant.
     */
    "change_key": Anonymize<I8k3rnvpeeh4hv>;
    /**
     * Set the prime member. Must be a current member.
     *
     * May only be called from `T::PrimeOrigin`.
     */
    "set_prime": Anonymize<I59bngqm85b22v>;
    /**
     * Remove the prime member if it exists.
     *
     * May only be called from `T::PrimeOrigin`.
     */
    "clear_prime": undefined;
}>;
export type I59bngqm85b22v = {
    "who": MultiAddress;
};
export type I4u4n2na1l5uo7 = {
    "remove": MultiAddress;
    "add": MultiAddress;
};
export type I3c63j6sh3evqn = {
    "members": Anonymize<Ia2lhg7l2hilo3>;
};
export type I8k3rnvpeeh4hv = {
    "new": MultiAddress;
};
export type I25cutr6uh0752 = AnonymousEnum<{
    /**
     * Authenticates the sudo key and dispatches a function call with `Root` origin.
     */
    "sudo": Anonymize<I49dltma0epp7r>;
    /**
     * Authenticates the sudo key and dispatches a function call with `Root` origin.
     * This function does not check the weight of the call, and instead allows the
     * Sudo user to specify the weight of the call.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "sudo_unchecked_weight": Anonymize<I31iiid8p4qjsl>;
    /**
     * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
     * key.
     */
    "set_key": Anonymize<I8k3rnvpeeh4hv>;
    /**
     * Authenticates the sudo key and dispatches a function call with `Signed` origin from
     * a given account.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "sudo_as": Anonymize<Ie7b0h494g90e>;
    /**
     * Permanently removes the sudo key.
     *
     * **This cannot be un-done.**
     */
    "remove_key": undefined;
}>;
export type I49dltma0epp7r = {
    "call": TxCallData;
};
export type I31iiid8p4qjsl = {
    "call": TxCallData;
    "weight": Anonymize<I4q39t5hn830vp>;
};
export type Ie7b0h494g90e = {
    "who": MultiAddress;
    "call": TxCallData;
};
export type I8g8f3slruubj4 = AnonymousEnum<{
    /**
     * Dispatches `call` as root.
     *
     * ## Dispatch Origin
     * [`Config::RootOrigin`]: in MedRec, a motion of three quarters of the consortium.
     *
     * ## Details
     * Returns what `call` returns, so the collective's `Executed` event shows whether the
     * root call itself succeeded. Charges the call's weight and the dispatch's, refunding
     * what the call did not use.
     *
     * ## Events
     * Those of `call`.
     */
    "dispatch_as_root": Anonymize<I49dltma0epp7r>;
}>;
export type I9dpq5287dur8b = AnonymousEnum<{
    /**
     * Set the list of invulnerable (fixed) collators. These collators must do some
     * preparation, namely to have registered session keys.
     *
     * The call will remove any accounts that have not registered keys from the set. That is,
     * it is non-atomic; the caller accepts all `AccountId`s passed in `new` _individually_ as
     * acceptable Invulnerables, and is not proposing a _set_ of new Invulnerables.
     *
     * This call does not maintain mutual exclusivity of `Invulnerables` and `Candidates`. It
     * is recommended to use a batch of `add_invulnerable` and `remove_invulnerable` instead. A
     * `batch_all` can also be used to enforce atomicity. If any candidates are included in
     * `new`, they should be removed with `remove_invulnerable_candidate` after execution.
     *
     * Must be called by the `UpdateOrigin`.
     */
    "set_invulnerables": Anonymize<Ifccifqltb5obi>;
    /**
     * Set the ideal number of non-invulnerable collators. If lowering this number, then the
     * number of running collators could be higher than this figure. Aside from that edge case,
     * there should be no other way to have more candidates than the desired number.
     *
     * The origin for this call must be the `UpdateOrigin`.
     */
    "set_desired_candidates": Anonymize<Iadtsfv699cq8b>;
    /**
     * Set the candidacy bond amount.
     *
     * If the candidacy bond is increased by this call, all current candidates which have a
     * deposit lower than the new bond will be kicked from the list and get their deposits
     * back.
     *
     * The origin for this call must be the `UpdateOrigin`.
     */
    "set_candidacy_bond": Anonymize<Ialpmgmhr3gk5r>;
    /**
     * Register this account as a collator candidate. The account must (a) already have
     * registered session keys and (b) be able to reserve the `CandidacyBond`.
     *
     * This call is not available to `Invulnerable` collators.
     */
    "register_as_candidate": undefined;
    /**
     * Deregister `origin` as a collator candidate. Note that the collator can only leave on
     * session change. The `CandidacyBond` will be unreserved immediately.
     *
     * This call will fail if the total number of candidates would drop below
     * `MinEligibleCollators`.
     */
    "leave_intent": undefined;
    /**
     * Add a new account `who` to the list of `Invulnerables` collators. `who` must have
     * registered session keys. If `who` is a candidate, they will be removed.
     *
     * The origin for this call must be the `UpdateOrigin`.
     */
    "add_invulnerable": Anonymize<I4cbvqmqadhrea>;
    /**
     * Remove an account `who` from the list of `Invulnerables` collators. `Invulnerables` must
     * be sorted.
     *
     * The origin for this call must be the `UpdateOrigin`.
     */
    "remove_invulnerable": Anonymize<I4cbvqmqadhrea>;
    /**
     * Update the candidacy bond of collator candidate `origin` to a new amount `new_deposit`.
     *
     * Setting a `new_deposit` that is lower than the current deposit while `origin` is
     * occupying a top-`DesiredCandidates` slot is not allowed.
     *
     * This call will fail if `origin` is not a collator candidate, the updated bond is lower
     * than the minimum candidacy bond, and/or the amount cannot be reserved.
     */
    "update_bond": Anonymize<I3sdol54kg5jaq>;
    /**
     * The caller `origin` replaces a candidate `target` in the collator candidate list by
     * reserving `deposit`. The amount `deposit` reserved by the caller must be greater than
     * the existing bond of the target it is trying to replace.
     *
     * This call will fail if the caller is already a collator candidate or invulnerable, the
     * caller does not have registered session keys, the target is not a collator candidate,
     * and/or the `deposit` amount cannot be reserved.
     */
    "take_candidate_slot": Anonymize<I8fougodaj6di6>;
}>;
export type Ifccifqltb5obi = {
    "new": Anonymize<Ia2lhg7l2hilo3>;
};
export type Iadtsfv699cq8b = {
    "max": number;
};
export type Ialpmgmhr3gk5r = {
    "bond": bigint;
};
export type I3sdol54kg5jaq = {
    "new_deposit": bigint;
};
export type I8fougodaj6di6 = {
    "deposit": bigint;
    "target": SS58String;
};
export type I3ae50v4euhqtc = AnonymousEnum<{
    /**
     * Sets the session key(s) of the function caller to `keys`.
     *
     * Allows an account to set its session key prior to becoming a validator.
     * This doesn't take effect until the next session.
     *
     * - `origin`: The dispatch origin of this function must be signed.
     * - `keys`: The new session keys to set. These are the public keys of all sessions keys
     * setup in the runtime.
     * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
     * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
     * proof format.
     */
    "set_keys": Anonymize<Ic63o97bh1lvro>;
    /**
     * Removes any session key(s) of the function caller.
     *
     * This doesn't take effect until the next session.
     *
     * The dispatch origin of this function must be Signed and the account must be either be
     * convertible to a validator ID using the chain's typical addressing system (this usually
     * means being a controller account) or directly convertible into a validator ID (which
     * usually means being a stash account).
     */
    "purge_keys": undefined;
}>;
export type Ic63o97bh1lvro = {
    "keys": Anonymize<Id5euearrustgp>;
    "proof": Uint8Array;
};
export type Id5euearrustgp = {
    "aura": SizedHex<32>;
    "authority_discovery": SizedHex<32>;
};
export type Ib7tahn20bvsep = AnonymousEnum<{
    /**
     * Suspends all XCM executions for the XCMP queue, regardless of the sender's origin.
     *
     * - `origin`: Must pass `ControllerOrigin`.
     */
    "suspend_xcm_execution": undefined;
    /**
     * Resumes all XCM executions for the XCMP queue.
     *
     * Note that this function doesn't change the status of the in/out bound channels.
     *
     * - `origin`: Must pass `ControllerOrigin`.
     */
    "resume_xcm_execution": undefined;
    /**
     * Overwrites the number of pages which must be in the queue for the other side to be
     * told to suspend their sending.
     *
     * - `origin`: Must pass `Root`.
     * - `new`: Desired value for `QueueConfigData.suspend_value`
     */
    "update_suspend_threshold": Anonymize<I3vh014cqgmrfd>;
    /**
     * Overwrites the number of pages which must be in the queue after which we drop any
     * further messages from the channel.
     *
     * - `origin`: Must pass `Root`.
     * - `new`: Desired value for `QueueConfigData.drop_threshold`
     */
    "update_drop_threshold": Anonymize<I3vh014cqgmrfd>;
    /**
     * Overwrites the number of pages which the queue must be reduced to before it signals
     * that message sending may recommence after it has been suspended.
     *
     * - `origin`: Must pass `Root`.
     * - `new`: Desired value for `QueueConfigData.resume_threshold`
     */
    "update_resume_threshold": Anonymize<I3vh014cqgmrfd>;
}>;
export type I3vh014cqgmrfd = {
    "new": number;
};
export type I6k1inef986368 = AnonymousEnum<{
    "send": Anonymize<Ia5cotcvi888ln>;
    /**
     * Teleport some assets from the local chain to some destination chain.
     *
     * **This function is deprecated: Use `limited_teleport_assets` instead.**
     *
     * Fee payment on the destination side is made from the asset in the `assets` vector of
     * index `fee_asset_item`. The weight limit for fees is not provided and thus is unlimited,
     * with all fees taken as needed from the asset.
     *
     * - `origin`: Must be capable of withdrawing the `assets` and executing XCM.
     * - `dest`: Destination context for the assets. Will typically be `[Parent,
     * Parachain(..)]` to send from parachain to parachain, or `[Parachain(..)]` to send from
     * relay to parachain.
     * - `beneficiary`: A beneficiary location for the assets in the context of `dest`. Will
     * generally be an `AccountId32` value.
     * - `assets`: The assets to be withdrawn. This should include the assets used to pay the
     * fee on the `dest` chain.
     * - `fee_asset_item`: The index into `assets` of the item which should be used to pay
     * fees.
     */
    "teleport_assets": Anonymize<I21jsa919m88fd>;
    /**
     * Transfer some assets from the local chain to the destination chain through their local,
     * destination or remote reserve.
     *
     * `assets` must have same reserve location and may not be teleportable to `dest`.
     * - `assets` have local reserve: transfer assets to sovereign account of destination
     * chain and forward a notification XCM to `dest` to mint and deposit reserve-based
     * assets to `beneficiary`.
     * - `assets` have destination reserve: burn local assets and forward a notification to
     * `dest` chain to withdraw the reserve assets from this chain's sovereign account and
     * deposit them to `beneficiary`.
     * - `assets` have remote reserve: burn local assets, forward XCM to reserve chain to move
     * reserves from this chain's SA to `dest` chain's SA, and forward another XCM to `dest`
     * to mint and deposit reserve-based assets to `beneficiary`.
     *
     * **This function is deprecated: Use `limited_reserve_transfer_assets` instead.**
     *
     * Fee payment on the destination side is made from the asset in the `assets` vector of
     * index `fee_asset_item`. The weight limit for fees is not provided and thus is unlimited,
     * with all fees taken as needed from the asset.
     *
     * - `origin`: Must be capable of withdrawing the `assets` and executing XCM.
     * - `dest`: Destination context for the assets. Will typically be `[Parent,
     * Parachain(..)]` to send from parachain to parachain, or `[Parachain(..)]` to send from
     * relay to parachain.
     * - `beneficiary`: A beneficiary location for the assets in the context of `dest`. Will
     * generally be an `AccountId32` value.
     * - `assets`: The assets to be withdrawn. This should include the assets used to pay the
     * fee on the `dest` (and possibly reserve) chains.
     * - `fee_asset_item`: The index into `assets` of the item which should be used to pay
     * fees.
     */
    "reserve_transfer_assets": Anonymize<I21jsa919m88fd>;
    /**
     * Execute an XCM message from a local, signed, origin.
     *
     * An event is deposited indicating whether `msg` could be executed completely or only
     * partially.
     *
     * No more than `max_weight` will be used in its attempted execution. If this is less than
     * the maximum amount of weight that the message could take to be executed, then no
     * execution attempt will be made.
     */
    "execute": Anonymize<Iegif7m3upfe1k>;
    /**
     * Extoll that a particular destination can be communicated with through a particular
     * version of XCM.
     *
     * - `origin`: Must be an origin specified by AdminOrigin.
     * - `location`: The destination that is being described.
     * - `xcm_version`: The latest version of XCM that `location` supports.
     */
    "force_xcm_version": Anonymize<I9kt8c221c83ln>;
    /**
     * Set a safe XCM version (the version that XCM should be encoded with if the most recent
     * version a destination can accept is unknown).
     *
     * - `origin`: Must be an origin specified by AdminOrigin.
     * - `maybe_xcm_version`: The default XCM encoding version, or `None` to disable.
     */
    "force_default_xcm_version": Anonymize<Ic76kfh5ebqkpl>;
    /**
     * Ask a location to notify us regarding their XCM version and any changes to it.
     *
     * - `origin`: Must be an origin specified by AdminOrigin.
     * - `location`: The location to which we should subscribe for XCM version notifications.
     */
    "force_subscribe_version_notify": Anonymize<Icscpmubum33bq>;
    /**
     * Require that a particular destination should no longer notify us regarding any XCM
     * version changes.
     *
     * - `origin`: Must be an origin specified by AdminOrigin.
     * - `location`: The location to which we are currently subscribed for XCM version
     * notifications which we no longer desire.
     */
    "force_unsubscribe_version_notify": Anonymize<Icscpmubum33bq>;
    /**
     * Transfer some assets from the local chain to the destination chain through their local,
     * destination or remote reserve.
     *
     * `assets` must have same reserve location and may not be teleportable to `dest`.
     * - `assets` have local reserve: transfer assets to sovereign account of destination
     * chain and forward a notification XCM to `dest` to mint and deposit reserve-based
     * assets to `beneficiary`.
     * - `assets` have destination reserve: burn local assets and forward a notification to
     * `dest` chain to withdraw the reserve assets from this chain's sovereign account and
     * deposit them to `beneficiary`.
     * - `assets` have remote reserve: burn local assets, forward XCM to reserve chain to move
     * reserves from this chain's SA to `dest` chain's SA, and forward another XCM to `dest`
     * to mint and deposit reserve-based assets to `beneficiary`.
     *
     * Fee payment on the destination side is made from the asset in the `assets` vector of
     * index `fee_asset_item`, up to enough to pay for `weight_limit` of weight. If more weight
     * is needed than `weight_limit`, then the operation will fail and the sent assets may be
     * at risk.
     *
     * - `origin`: Must be capable of withdrawing the `assets` and executing XCM.
     * - `dest`: Destination context for the assets. Will typically be `[Parent,
     * Parachain(..)]` to send from parachain to parachain, or `[Parachain(..)]` to send from
     * relay to parachain.
     * - `beneficiary`: A beneficiary location for the assets in the context of `dest`. Will
     * generally be an `AccountId32` value.
     * - `assets`: The assets to be withdrawn. This should include the assets used to pay the
     * fee on the `dest` (and possibly reserve) chains.
     * - `fee_asset_item`: The index into `assets` of the item which should be used to pay
     * fees.
     * - `weight_limit`: The remote-side weight limit, if any, for the XCM fee purchase.
     */
    "limited_reserve_transfer_assets": Anonymize<I21d2olof7eb60>;
    /**
     * Teleport some assets from the local chain to some destination chain.
     *
     * Fee payment on the destination side is made from the asset in the `assets` vector of
     * index `fee_asset_item`, up to enough to pay for `weight_limit` of weight. If more weight
     * is needed than `weight_limit`, then the operation will fail and the sent assets may be
     * at risk.
     *
     * - `origin`: Must be capable of withdrawing the `assets` and executing XCM.
     * - `dest`: Destination context for the assets. Will typically be `[Parent,
     * Parachain(..)]` to send from parachain to parachain, or `[Parachain(..)]` to send from
     * relay to parachain.
     * - `beneficiary`: A beneficiary location for the assets in the context of `dest`. Will
     * generally be an `AccountId32` value.
     * - `assets`: The assets to be withdrawn. This should include the assets used to pay the
     * fee on the `dest` chain.
     * - `fee_asset_item`: The index into `assets` of the item which should be used to pay
     * fees.
     * - `weight_limit`: The remote-side weight limit, if any, for the XCM fee purchase.
     */
    "limited_teleport_assets": Anonymize<I21d2olof7eb60>;
    /**
     * Set or unset the global suspension state of the XCM executor.
     *
     * - `origin`: Must be an origin specified by AdminOrigin.
     * - `suspended`: `true` to suspend, `false` to resume.
     */
    "force_suspension": Anonymize<Ibgm4rnf22lal1>;
    /**
     * Transfer some assets from the local chain to the destination chain through their local,
     * destination or remote reserve, or through teleports.
     *
     * Fee payment on the destination side is made from the asset in the `assets` vector of
     * index `fee_asset_item` (hence referred to as `fees`), up to enough to pay for
     * `weight_limit` of weight. If more weight is needed than `weight_limit`, then the
     * operation will fail and the sent assets may be at risk.
     *
     * `assets` (excluding `fees`) must have same reserve location or otherwise be teleportable
     * to `dest`, no limitations imposed on `fees`.
     * - for local reserve: transfer assets to sovereign account of destination chain and
     * forward a notification XCM to `dest` to mint and deposit reserve-based assets to
     * `beneficiary`.
     * - for destination reserve: burn local assets and forward a notification to `dest` chain
     * to withdraw the reserve assets from this chain's sovereign account and deposit them
     * to `beneficiary`.
     * - for remote reserve: burn local assets, forward XCM to reserve chain to move reserves
     * from this chain's SA to `dest` chain's SA, and forward another XCM to `dest` to mint
     * and deposit reserve-based assets to `beneficiary`.
     * - for teleports: burn local assets and forward XCM to `dest` chain to mint/teleport
     * assets and deposit them to `beneficiary`.
     *
     * - `origin`: Must be capable of withdrawing the `assets` and executing XCM.
     * - `dest`: Destination context for the assets. Will typically be `X2(Parent,
     * Parachain(..))` to send from parachain to parachain, or `X1(Parachain(..))` to send
     * from relay to parachain.
     * - `beneficiary`: A beneficiary location for the assets in the context of `dest`. Will
     * generally be an `AccountId32` value.
     * - `assets`: The assets to be withdrawn. This should include the assets used to pay the
     * fee on the `dest` (and possibly reserve) chains.
     * - `fee_asset_item`: The index into `assets` of the item which should be used to pay
     * fees.
     * - `weight_limit`: The remote-side weight limit, if any, for the XCM fee purchase.
     */
    "transfer_assets": Anonymize<I21d2olof7eb60>;
    /**
     * Claims assets trapped on this pallet because of leftover assets during XCM execution.
     *
     * - `origin`: Anyone can call this extrinsic.
     * - `assets`: The exact assets that were trapped. Use the version to specify what version
     * was the latest when they were trapped.
     * - `beneficiary`: The location/account where the claimed assets will be deposited.
     *
     * The weight of this call is linear in the number of assets claimed.
     */
    "claim_assets": Anonymize<Ie68np0vpihith>;
    /**
     * Transfer assets from the local chain to the destination chain using explicit transfer
     * types for assets and fees.
     *
     * `assets` must have same reserve location or may be teleportable to `dest`. Caller must
     * provide the `assets_transfer_type` to be used for `assets`:
     * - `TransferType::LocalReserve`: transfer assets to sovereign account of destination
     * chain and forward a notification XCM to `dest` to mint and deposit reserve-based
     * assets to `beneficiary`.
     * - `TransferType::DestinationReserve`: burn local assets and forward a notification to
     * `dest` chain to withdraw the reserve assets from this chain's sovereign account and
     * deposit them to `beneficiary`.
     * - `TransferType::RemoteReserve(reserve)`: burn local assets, forward XCM to `reserve`
     * chain to move reserves from this chain's SA to `dest` chain's SA, and forward another
     * XCM to `dest` to mint and deposit reserve-based assets to `beneficiary`. Typically
     * the remote `reserve` is Asset Hub.
     * - `TransferType::Teleport`: burn local assets and forward XCM to `dest` chain to
     * mint/teleport assets and deposit them to `beneficiary`.
     *
     * On the destination chain, as well as any intermediary hops, `BuyExecution` is used to
     * buy execution using transferred `assets` identified by `remote_fees_id`.
     * Make sure enough of the specified `remote_fees_id` asset is included in the given list
     * of `assets`. `remote_fees_id` should be enough to pay for `weight_limit`. If more weight
     * is needed than `weight_limit`, then the operation will fail and the sent assets may be
     * at risk.
     *
     * `remote_fees_id` may use different transfer type than rest of `assets` and can be
     * specified through `fees_transfer_type`.
     *
     * The caller needs to specify what should happen to the transferred assets once they reach
     * the `dest` chain. This is done through the `custom_xcm_on_dest` parameter, which
     * contains the instructions to execute on `dest` as a final step.
     * This is usually as simple as:
     * `Xcm(vec![DepositAsset { assets: Wild(AllCounted(assets.len())), beneficiary }])`,
     * but could be something more exotic like sending the `assets` even further.
     *
     * - `origin`: Must be capable of withdrawing the `assets` and executing XCM.
     * - `dest`: Destination context for the assets. Will typically be `[Parent,
     * Parachain(..)]` to send from parachain to parachain, or `[Parachain(..)]` to send from
     * relay to parachain, or `(parents: 2, (GlobalConsensus(..), ..))` to send from
     * parachain across a bridge to another ecosystem destination.
     * - `assets`: The assets to be withdrawn. This should include the assets used to pay the
     * fee on the `dest` (and possibly reserve) chains.
     * - `assets_transfer_type`: The XCM `TransferType` used to transfer the `assets`.
     * - `remote_fees_id`: One of the included `assets` to be used to pay fees.
     * - `fees_transfer_type`: The XCM `TransferType` used to transfer the `fees` assets.
     * - `custom_xcm_on_dest`: The XCM to be executed on `dest` chain as the last step of the
     * transfer, which also determines what happens to the assets on the destination chain.
     * - `weight_limit`: The remote-side weight limit, if any, for the XCM fee purchase.
     */
    "transfer_assets_using_type_and_then": Anonymize<I9bnv6lu0crf1q>;
    /**
     * Authorize another `aliaser` location to alias into the local `origin` making this call.
     * The `aliaser` is only authorized until the provided `expiry` block number.
     * The call can also be used for a previously authorized alias in order to update its
     * `expiry` block number.
     *
     * Usually useful to allow your local account to be aliased into from a remote location
     * also under your control (like your account on another chain).
     *
     * WARNING: make sure the caller `origin` (you) trusts the `aliaser` location to act in
     * their/your name. Once authorized using this call, the `aliaser` can freely impersonate
     * `origin` in XCM programs executed on the local chain.
     */
    "add_authorized_alias": Anonymize<Iauhjqifrdklq7>;
    /**
     * Remove a previously authorized `aliaser` from the list of locations that can alias into
     * the local `origin` making this call.
     */
    "remove_authorized_alias": Anonymize<Ie1uso9m8rt5cf>;
    /**
     * Remove all previously authorized `aliaser`s that can alias into the local `origin`
     * making this call.
     */
    "remove_all_authorized_aliases": undefined;
}>;
export type Ia5cotcvi888ln = {
    "dest": XcmVersionedLocation;
    "message": XcmVersionedXcm;
};
export type XcmVersionedXcm = Enum<{
    "V3": Anonymize<Ianvng4e08j9ii>;
    "V4": Anonymize<Iegrepoo0c1jc5>;
    "V5": Anonymize<Ict03eedr8de9s>;
}>;
export declare const XcmVersionedXcm: GetEnum<XcmVersionedXcm>;
export type Ianvng4e08j9ii = Array<XcmV3Instruction>;
export type XcmV3Instruction = Enum<{
    "WithdrawAsset": Anonymize<Iai6dhqiq3bach>;
    "ReserveAssetDeposited": Anonymize<Iai6dhqiq3bach>;
    "ReceiveTeleportedAsset": Anonymize<Iai6dhqiq3bach>;
    "QueryResponse": {
        "query_id": bigint;
        "response": XcmV3Response;
        "max_weight": Anonymize<I4q39t5hn830vp>;
        "querier"?: Anonymize<Ia9cgf4r40b26h>;
    };
    "TransferAsset": {
        "assets": Anonymize<Iai6dhqiq3bach>;
        "beneficiary": Anonymize<I4c0s5cioidn76>;
    };
    "TransferReserveAsset": {
        "assets": Anonymize<Iai6dhqiq3bach>;
        "dest": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Ianvng4e08j9ii>;
    };
    "Transact": Anonymize<I92p6l5cs3fr50>;
    "HrmpNewChannelOpenRequest": Anonymize<I5uhhrjqfuo4e5>;
    "HrmpChannelAccepted": Anonymize<Ifij4jam0o7sub>;
    "HrmpChannelClosing": Anonymize<Ieeb4svd9i8fji>;
    "ClearOrigin": undefined;
    "DescendOrigin": XcmV3Junctions;
    "ReportError": Anonymize<I4r3v6e91d1qbs>;
    "DepositAsset": {
        "assets": XcmV3MultiassetMultiAssetFilter;
        "beneficiary": Anonymize<I4c0s5cioidn76>;
    };
    "DepositReserveAsset": {
        "assets": XcmV3MultiassetMultiAssetFilter;
        "dest": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Ianvng4e08j9ii>;
    };
    "ExchangeAsset": {
        "give": XcmV3MultiassetMultiAssetFilter;
        "want": Anonymize<Iai6dhqiq3bach>;
        "maximal": boolean;
    };
    "InitiateReserveWithdraw": {
        "assets": XcmV3MultiassetMultiAssetFilter;
        "reserve": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Ianvng4e08j9ii>;
    };
    "InitiateTeleport": {
        "assets": XcmV3MultiassetMultiAssetFilter;
        "dest": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Ianvng4e08j9ii>;
    };
    "ReportHolding": {
        "response_info": Anonymize<I4r3v6e91d1qbs>;
        "assets": XcmV3MultiassetMultiAssetFilter;
    };
    "BuyExecution": {
        "fees": Anonymize<Idcm24504c8bkk>;
        "weight_limit": XcmV3WeightLimit;
    };
    "RefundSurplus": undefined;
    "SetErrorHandler": Anonymize<Ianvng4e08j9ii>;
    "SetAppendix": Anonymize<Ianvng4e08j9ii>;
    "ClearError": undefined;
    "ClaimAsset": {
        "assets": Anonymize<Iai6dhqiq3bach>;
        "ticket": Anonymize<I4c0s5cioidn76>;
    };
    "Trap": bigint;
    "SubscribeVersion": Anonymize<Ieprdqqu7ildvr>;
    "UnsubscribeVersion": undefined;
    "BurnAsset": Anonymize<Iai6dhqiq3bach>;
    "ExpectAsset": Anonymize<Iai6dhqiq3bach>;
    "ExpectOrigin"?: Anonymize<Ia9cgf4r40b26h>;
    "ExpectError"?: Anonymize<I7sltvf8v2nure>;
    "ExpectTransactStatus": XcmV3MaybeErrorCode;
    "QueryPallet": Anonymize<Iba5bdbapp16oo>;
    "ExpectPallet": Anonymize<Id7mf37dkpgfjs>;
    "ReportTransactStatus": Anonymize<I4r3v6e91d1qbs>;
    "ClearTransactStatus": undefined;
    "UniversalOrigin": XcmV3Junction;
    "ExportMessage": {
        "network": XcmV3JunctionNetworkId;
        "destination": XcmV3Junctions;
        "xcm": Anonymize<Ianvng4e08j9ii>;
    };
    "LockAsset": {
        "asset": Anonymize<Idcm24504c8bkk>;
        "unlocker": Anonymize<I4c0s5cioidn76>;
    };
    "UnlockAsset": {
        "asset": Anonymize<Idcm24504c8bkk>;
        "target": Anonymize<I4c0s5cioidn76>;
    };
    "NoteUnlockable": {
        "asset": Anonymize<Idcm24504c8bkk>;
        "owner": Anonymize<I4c0s5cioidn76>;
    };
    "RequestUnlock": {
        "asset": Anonymize<Idcm24504c8bkk>;
        "locker": Anonymize<I4c0s5cioidn76>;
    };
    "SetFeesMode": Anonymize<I4nae9rsql8fa7>;
    "SetTopic": SizedHex<32>;
    "ClearTopic": undefined;
    "AliasOrigin": Anonymize<I4c0s5cioidn76>;
    "UnpaidExecution": Anonymize<I40d50jeai33oq>;
}>;
export declare const XcmV3Instruction: GetEnum<XcmV3Instruction>;
export type XcmV3Response = Enum<{
    "Null": undefined;
    "Assets": Anonymize<Iai6dhqiq3bach>;
    "ExecutionResult"?: Anonymize<I7sltvf8v2nure>;
    "Version": number;
    "PalletsInfo": Anonymize<I599u7h20b52at>;
    "DispatchResult": XcmV3MaybeErrorCode;
}>;
export declare const XcmV3Response: GetEnum<XcmV3Response>;
export type I7sltvf8v2nure = ([number, XcmV3TraitsError]) | undefined;
export type XcmV3TraitsError = Enum<{
    "Overflow": undefined;
    "Unimplemented": undefined;
    "UntrustedReserveLocation": undefined;
    "UntrustedTeleportLocation": undefined;
    "LocationFull": undefined;
    "LocationNotInvertible": undefined;
    "BadOrigin": undefined;
    "InvalidLocation": undefined;
    "AssetNotFound": undefined;
    "FailedToTransactAsset": undefined;
    "NotWithdrawable": undefined;
    "LocationCannotHold": undefined;
    "ExceedsMaxMessageSize": undefined;
    "DestinationUnsupported": undefined;
    "Transport": undefined;
    "Unroutable": undefined;
    "UnknownClaim": undefined;
    "FailedToDecode": undefined;
    "MaxWeightInvalid": undefined;
    "NotHoldingFees": undefined;
    "TooExpensive": undefined;
    "Trap": bigint;
    "ExpectationFalse": undefined;
    "PalletNotFound": undefined;
    "NameMismatch": undefined;
    "VersionIncompatible": undefined;
    "HoldingWouldOverflow": undefined;
    "ExportError": undefined;
    "ReanchorFailed": undefined;
    "NoDeal": undefined;
    "FeesNotMet": undefined;
    "LockError": undefined;
    "NoPermission": undefined;
    "Unanchored": undefined;
    "NotDepositable": undefined;
    "UnhandledXcmVersion": undefined;
    "WeightLimitReached": Anonymize<I4q39t5hn830vp>;
    "Barrier": undefined;
    "WeightNotComputable": undefined;
    "ExceedsStackLimit": undefined;
}>;
export declare const XcmV3TraitsError: GetEnum<XcmV3TraitsError>;
export type Ia9cgf4r40b26h = (Anonymize<I4c0s5cioidn76>) | undefined;
export type I92p6l5cs3fr50 = {
    "origin_kind": XcmV2OriginKind;
    "require_weight_at_most": Anonymize<I4q39t5hn830vp>;
    "call": Uint8Array;
};
export type I4r3v6e91d1qbs = {
    "destination": Anonymize<I4c0s5cioidn76>;
    "query_id": bigint;
    "max_weight": Anonymize<I4q39t5hn830vp>;
};
export type XcmV3MultiassetMultiAssetFilter = Enum<{
    "Definite": Anonymize<Iai6dhqiq3bach>;
    "Wild": XcmV3MultiassetWildMultiAsset;
}>;
export declare const XcmV3MultiassetMultiAssetFilter: GetEnum<XcmV3MultiassetMultiAssetFilter>;
export type XcmV3MultiassetWildMultiAsset = Enum<{
    "All": undefined;
    "AllOf": {
        "id": XcmV3MultiassetAssetId;
        "fun": XcmV2MultiassetWildFungibility;
    };
    "AllCounted": number;
    "AllOfCounted": {
        "id": XcmV3MultiassetAssetId;
        "fun": XcmV2MultiassetWildFungibility;
        "count": number;
    };
}>;
export declare const XcmV3MultiassetWildMultiAsset: GetEnum<XcmV3MultiassetWildMultiAsset>;
export type Iba5bdbapp16oo = {
    "module_name": Uint8Array;
    "response_info": Anonymize<I4r3v6e91d1qbs>;
};
export type I40d50jeai33oq = {
    "weight_limit": XcmV3WeightLimit;
    "check_origin"?: Anonymize<Ia9cgf4r40b26h>;
};
export type Iegrepoo0c1jc5 = Array<XcmV4Instruction>;
export type XcmV4Instruction = Enum<{
    "WithdrawAsset": Anonymize<I50mli3hb64f9b>;
    "ReserveAssetDeposited": Anonymize<I50mli3hb64f9b>;
    "ReceiveTeleportedAsset": Anonymize<I50mli3hb64f9b>;
    "QueryResponse": {
        "query_id": bigint;
        "response": XcmV4Response;
        "max_weight": Anonymize<I4q39t5hn830vp>;
        "querier"?: Anonymize<Ia9cgf4r40b26h>;
    };
    "TransferAsset": {
        "assets": Anonymize<I50mli3hb64f9b>;
        "beneficiary": Anonymize<I4c0s5cioidn76>;
    };
    "TransferReserveAsset": {
        "assets": Anonymize<I50mli3hb64f9b>;
        "dest": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Iegrepoo0c1jc5>;
    };
    "Transact": Anonymize<I92p6l5cs3fr50>;
    "HrmpNewChannelOpenRequest": Anonymize<I5uhhrjqfuo4e5>;
    "HrmpChannelAccepted": Anonymize<Ifij4jam0o7sub>;
    "HrmpChannelClosing": Anonymize<Ieeb4svd9i8fji>;
    "ClearOrigin": undefined;
    "DescendOrigin": XcmV3Junctions;
    "ReportError": Anonymize<I4r3v6e91d1qbs>;
    "DepositAsset": {
        "assets": XcmV4AssetAssetFilter;
        "beneficiary": Anonymize<I4c0s5cioidn76>;
    };
    "DepositReserveAsset": {
        "assets": XcmV4AssetAssetFilter;
        "dest": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Iegrepoo0c1jc5>;
    };
    "ExchangeAsset": {
        "give": XcmV4AssetAssetFilter;
        "want": Anonymize<I50mli3hb64f9b>;
        "maximal": boolean;
    };
    "InitiateReserveWithdraw": {
        "assets": XcmV4AssetAssetFilter;
        "reserve": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Iegrepoo0c1jc5>;
    };
    "InitiateTeleport": {
        "assets": XcmV4AssetAssetFilter;
        "dest": Anonymize<I4c0s5cioidn76>;
        "xcm": Anonymize<Iegrepoo0c1jc5>;
    };
    "ReportHolding": {
        "response_info": Anonymize<I4r3v6e91d1qbs>;
        "assets": XcmV4AssetAssetFilter;
    };
    "BuyExecution": {
        "fees": Anonymize<Ia5l7mu5a6v49o>;
        "weight_limit": XcmV3WeightLimit;
    };
    "RefundSurplus": undefined;
    "SetErrorHandler": Anonymize<Iegrepoo0c1jc5>;
    "SetAppendix": Anonymize<Iegrepoo0c1jc5>;
    "ClearError": undefined;
    "ClaimAsset": {
        "assets": Anonymize<I50mli3hb64f9b>;
        "ticket": Anonymize<I4c0s5cioidn76>;
    };
    "Trap": bigint;
    "SubscribeVersion": Anonymize<Ieprdqqu7ildvr>;
    "UnsubscribeVersion": undefined;
    "BurnAsset": Anonymize<I50mli3hb64f9b>;
    "ExpectAsset": Anonymize<I50mli3hb64f9b>;
    "ExpectOrigin"?: Anonymize<Ia9cgf4r40b26h>;
    "ExpectError"?: Anonymize<I7sltvf8v2nure>;
    "ExpectTransactStatus": XcmV3MaybeErrorCode;
    "QueryPallet": Anonymize<Iba5bdbapp16oo>;
    "ExpectPallet": Anonymize<Id7mf37dkpgfjs>;
    "ReportTransactStatus": Anonymize<I4r3v6e91d1qbs>;
    "ClearTransactStatus": undefined;
    "UniversalOrigin": XcmV3Junction;
    "ExportMessage": {
        "network": XcmV3JunctionNetworkId;
        "destination": XcmV3Junctions;
        "xcm": Anonymize<Iegrepoo0c1jc5>;
    };
    "LockAsset": {
        "asset": Anonymize<Ia5l7mu5a6v49o>;
        "unlocker": Anonymize<I4c0s5cioidn76>;
    };
    "UnlockAsset": {
        "asset": Anonymize<Ia5l7mu5a6v49o>;
        "target": Anonymize<I4c0s5cioidn76>;
    };
    "NoteUnlockable": {
        "asset": Anonymize<Ia5l7mu5a6v49o>;
        "owner": Anonymize<I4c0s5cioidn76>;
    };
    "RequestUnlock": {
        "asset": Anonymize<Ia5l7mu5a6v49o>;
        "locker": Anonymize<I4c0s5cioidn76>;
    };
    "SetFeesMode": Anonymize<I4nae9rsql8fa7>;
    "SetTopic": SizedHex<32>;
    "ClearTopic": undefined;
    "AliasOrigin": Anonymize<I4c0s5cioidn76>;
    "UnpaidExecution": Anonymize<I40d50jeai33oq>;
}>;
export declare const XcmV4Instruction: GetEnum<XcmV4Instruction>;
export type XcmV4Response = Enum<{
    "Null": undefined;
    "Assets": Anonymize<I50mli3hb64f9b>;
    "ExecutionResult"?: Anonymize<I7sltvf8v2nure>;
    "Version": number;
    "PalletsInfo": Anonymize<I599u7h20b52at>;
    "DispatchResult": XcmV3MaybeErrorCode;
}>;
export declare const XcmV4Response: GetEnum<XcmV4Response>;
export type XcmV4AssetAssetFilter = Enum<{
    "Definite": Anonymize<I50mli3hb64f9b>;
    "Wild": XcmV4AssetWildAsset;
}>;
export declare const XcmV4AssetAssetFilter: GetEnum<XcmV4AssetAssetFilter>;
export type XcmV4AssetWildAsset = Enum<{
    "All": undefined;
    "AllOf": {
        "id": Anonymize<I4c0s5cioidn76>;
        "fun": XcmV2MultiassetWildFungibility;
    };
    "AllCounted": number;
    "AllOfCounted": {
        "id": Anonymize<I4c0s5cioidn76>;
        "fun": XcmV2MultiassetWildFungibility;
        "count": number;
    };
}>;
export declare const XcmV4AssetWildAsset: GetEnum<XcmV4AssetWildAsset>;
export type I21jsa919m88fd = {
    "dest": XcmVersionedLocation;
    "beneficiary": XcmVersionedLocation;
    "assets": XcmVersionedAssets;
    "fee_asset_item": number;
};
export type Iegif7m3upfe1k = {
    "message": XcmVersionedXcm;
    "max_weight": Anonymize<I4q39t5hn830vp>;
};
export type Ic76kfh5ebqkpl = {
    "maybe_xcm_version"?: Anonymize<I4arjljr6dpflb>;
};
export type Icscpmubum33bq = {
    "location": XcmVersionedLocation;
};
export type I21d2olof7eb60 = {
    "dest": XcmVersionedLocation;
    "beneficiary": XcmVersionedLocation;
    "assets": XcmVersionedAssets;
    "fee_asset_item": number;
    "weight_limit": XcmV3WeightLimit;
};
export type Ibgm4rnf22lal1 = {
    "suspended": boolean;
};
export type Ie68np0vpihith = {
    "assets": XcmVersionedAssets;
    "beneficiary": XcmVersionedLocation;
};
export type I9bnv6lu0crf1q = {
    "dest": XcmVersionedLocation;
    "assets": XcmVersionedAssets;
    "assets_transfer_type": Enum<{
        "Teleport": undefined;
        "LocalReserve": undefined;
        "DestinationReserve": undefined;
        "RemoteReserve": XcmVersionedLocation;
    }>;
    "remote_fees_id": XcmVersionedAssetId;
    "fees_transfer_type": Enum<{
        "Teleport": undefined;
        "LocalReserve": undefined;
        "DestinationReserve": undefined;
        "RemoteReserve": XcmVersionedLocation;
    }>;
    "custom_xcm_on_dest": XcmVersionedXcm;
    "weight_limit": XcmV3WeightLimit;
};
export type XcmVersionedAssetId = Enum<{
    "V3": XcmV3MultiassetAssetId;
    "V4": Anonymize<I4c0s5cioidn76>;
    "V5": Anonymize<If9iqq7i64mur8>;
}>;
export declare const XcmVersionedAssetId: GetEnum<XcmVersionedAssetId>;
export type Iauhjqifrdklq7 = {
    "aliaser": XcmVersionedLocation;
    "expires"?: Anonymize<I35p85j063s0il>;
};
export type Ie1uso9m8rt5cf = {
    "aliaser": XcmVersionedLocation;
};
export type Ic2uoe7jdksosp = AnonymousEnum<{
    /**
     * Remove a page which has no more messages remaining to be processed or is stale.
     */
    "reap_page": Anonymize<I40pqum1mu8qg3>;
    /**
     * Execute an overweight message.
     *
     * Temporary processing errors will be propagated whereas permanent errors are treated
     * as success condition.
     *
     * - `origin`: Must be `Signed`.
     * - `message_origin`: The origin from which the message to be executed arrived.
     * - `page`: The page in the queue in which the message to be executed is sitting.
     * - `index`: The index into the queue of the message to be executed.
     * - `weight_limit`: The maximum amount of weight allowed to be consumed in the execution
     * of the message.
     *
     * Benchmark complexity considerations: O(index + weight_limit).
     */
    "execute_overweight": Anonymize<I1r4c2ghbtvjuc>;
}>;
export type I40pqum1mu8qg3 = {
    "message_origin": Anonymize<Iejeo53sea6n4q>;
    "page_index": number;
};
export type I1r4c2ghbtvjuc = {
    "message_origin": Anonymize<Iejeo53sea6n4q>;
    "page": number;
    "index": number;
    "weight_limit": Anonymize<I4q39t5hn830vp>;
};
export type I4hb5no7rkrb3h = AnonymousEnum<{
    /**
     * Send a batch of dispatch calls.
     *
     * May be called from any origin except `None`.
     *
     * - `calls`: The calls to be dispatched from the same origin. The number of call must not
     * exceed the constant: `batched_calls_limit` (available in constant metadata).
     *
     * If origin is root then the calls are dispatched without checking origin filter. (This
     * includes bypassing `frame_system::Config::BaseCallFilter`).
     *
     * ## Complexity
     * - O(C) where C is the number of calls to be batched.
     *
     * This will return `Ok` in all circumstances. To determine the success of the batch, an
     * event is deposited. If a call failed and the batch was interrupted, then the
     * `BatchInterrupted` event is deposited, along with the number of successful calls made
     * and the error of the failed call. If all were successful, then the `BatchCompleted`
     * event is deposited.
     */
    "batch": Anonymize<Ifnle9hlv0vemi>;
    /**
     * Send a call through an indexed pseudonym of the sender.
     *
     * Filter from origin are passed along. The call will be dispatched with an origin which
     * use the same filter as the origin of this call.
     *
     * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
     * because you expect `proxy` to have been used prior in the call stack and you do not want
     * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
     * in the Multisig pallet instead.
     *
     * NOTE: Prior to version *12, this was called `as_limited_sub`.
     *
     * The dispatch origin for this call must be _Signed_.
     */
    "as_derivative": Anonymize<Ifuorh9t990us0>;
    /**
     * Send a batch of dispatch calls and atomically execute them.
     * The whole transaction will rollback and fail if any of the calls failed.
     *
     * May be called from any origin except `None`.
     *
     * - `calls`: The calls to be dispatched from the same origin. The number of call must not
     * exceed the constant: `batched_calls_limit` (available in constant metadata).
     *
     * If origin is root then the calls are dispatched without checking origin filter. (This
     * includes bypassing `frame_system::Config::BaseCallFilter`).
     *
     * ## Complexity
     * - O(C) where C is the number of calls to be batched.
     */
    "batch_all": Anonymize<Ifnle9hlv0vemi>;
    /**
     * Dispatches a function call with a provided origin.
     *
     * The dispatch origin for this call must be _Root_.
     *
     * ## Complexity
     * - O(1).
     */
    "dispatch_as": Anonymize<I9q3tc3lh4rkhb>;
    /**
     * Send a batch of dispatch calls.
     * Unlike `batch`, it allows errors and won't interrupt.
     *
     * May be called from any origin except `None`.
     *
     * - `calls`: The calls to be dispatched from the same origin. The number of call must not
     * exceed the constant: `batched_calls_limit` (available in constant metadata).
     *
     * If origin is root then the calls are dispatch without checking origin filter. (This
     * includes bypassing `frame_system::Config::BaseCallFilter`).
     *
     * ## Complexity
     * - O(C) where C is the number of calls to be batched.
     */
    "force_batch": Anonymize<Ifnle9hlv0vemi>;
    /**
     * Dispatch a function call with a specified weight.
     *
     * This function does not check the weight of the call, and instead allows the
     * Root origin to specify the weight of the call.
     *
     * The dispatch origin for this call must be _Root_.
     */
    "with_weight": Anonymize<I31iiid8p4qjsl>;
    /**
     * Dispatch a fallback call in the event the main call fails to execute.
     * May be called from any origin except `None`.
     *
     * This function first attempts to dispatch the `main` call.
     * If the `main` call fails, the `fallback` is attemted.
     * if the fallback is successfully dispatched, the weights of both calls
     * are accumulated and an event containing the main call error is deposited.
     *
     * In the event of a fallback failure the whole call fails
     * with the weights returned.
     *
     * - `main`: The main call to be dispatched. This is the primary action to execute.
     * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
     *
     * ## Dispatch Logic
     * - If the origin is `root`, both the main and fallback calls are executed without
     * applying any origin filters.
     * - If the origin is not `root`, the origin filter is applied to both the `main` and
     * `fallback` calls.
     *
     * ## Use Case
     * - Some use cases might involve submitting a `batch` type call in either main, fallback
     * or both.
     */
    "if_else": Anonymize<Id8d7a4nqebmb3>;
    /**
     * Dispatches a function call with a provided origin.
     *
     * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
     *
     * The dispatch origin for this call must be _Root_.
     */
    "dispatch_as_fallible": Anonymize<I9q3tc3lh4rkhb>;
}>;
export type Ifnle9hlv0vemi = {
    "calls": Array<TxCallData>;
};
export type Ifuorh9t990us0 = {
    "index": number;
    "call": TxCallData;
};
export type I9q3tc3lh4rkhb = {
    "as_origin": Anonymize<Idm2781vtt3rc3>;
    "call": TxCallData;
};
export type Idm2781vtt3rc3 = AnonymousEnum<{
    "system": Enum<{
        "Root": undefined;
        "Signed": SS58String;
        "None": undefined;
        "Authorized": undefined;
    }>;
    "Consortium": Enum<{
        "Members": Anonymize<I9jd27rnpm8ttv>;
        "Member": SS58String;
        "_Phantom": undefined;
    }>;
    "PolkadotXcm": Enum<{
        "Xcm": Anonymize<If9iqq7i64mur8>;
        "Response": Anonymize<If9iqq7i64mur8>;
    }>;
    "CumulusXcm": Enum<{
        "Relay": undefined;
        "SiblingParachain": number;
    }>;
}>;
export type Id8d7a4nqebmb3 = {
    "main": TxCallData;
    "fallback": TxCallData;
};
export type Ia45h2ji5cosn5 = AnonymousEnum<{
    /**
     * Dispatch the given `call` from an account that the sender is authorised for through
     * `add_proxy`.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * Parameters:
     * - `real`: The account that the proxy will make a call on behalf of.
     * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
     * - `call`: The call to be made by the `real` account.
     */
    "proxy": Anonymize<I13d4frugmcbjp>;
    /**
     * Register a proxy account for the sender that is able to make calls on its behalf.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * Parameters:
     * - `proxy`: The account that the `caller` would like to make a proxy.
     * - `proxy_type`: The permissions allowed for this proxy account.
     * - `delay`: The announcement period required of the initial proxy. Will generally be
     * zero.
     */
    "add_proxy": Anonymize<Ibq7615ugkue6o>;
    /**
     * Unregister a proxy account for the sender.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * Parameters:
     * - `proxy`: The account that the `caller` would like to remove as a proxy.
     * - `proxy_type`: The permissions currently enabled for the removed proxy account.
     */
    "remove_proxy": Anonymize<Ibq7615ugkue6o>;
    /**
     * Unregister all proxy accounts for the sender.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * WARNING: This may be called on accounts created by `create_pure`, however if done, then
     * the unreserved fees will be inaccessible. **All access to this account will be lost.**
     */
    "remove_proxies": undefined;
    /**
     * Spawn a fresh new account that is guaranteed to be otherwise inaccessible, and
     * initialize it with a proxy of `proxy_type` for `origin` sender.
     *
     * Requires a `Signed` origin.
     *
     * - `proxy_type`: The type of the proxy that the sender will be registered as over the
     * new account. This will almost always be the most permissive `ProxyType` possible to
     * allow for maximum flexibility.
     * - `index`: A disambiguation index, in case this is called multiple times in the same
     * transaction (e.g. with `utility::batch`). Unless you're using `batch` you probably just
     * want to use `0`.
     * - `delay`: The announcement period required of the initial proxy. Will generally be
     * zero.
     *
     * Fails with `Duplicate` if this has already been called in this transaction, from the
     * same sender, with the same parameters.
     *
     * Fails if there are insufficient funds to pay for deposit.
     */
    "create_pure": Anonymize<Icnkovqnsjp8ph>;
    /**
     * Removes a previously spawned pure proxy.
     *
     * WARNING: **All access to this account will be lost.** Any funds held in it will be
     * inaccessible.
     *
     * Requires a `Signed` origin, and the sender account must have been created by a call to
     * `create_pure` with corresponding parameters.
     *
     * - `spawner`: The account that originally called `create_pure` to create this account.
     * - `index`: The disambiguation index originally passed to `create_pure`. Probably `0`.
     * - `proxy_type`: The proxy type originally passed to `create_pure`.
     * - `height`: The height of the chain when the call to `create_pure` was processed.
     * - `ext_index`: The extrinsic index in which the call to `create_pure` was processed.
     *
     * Fails with `NoPermission` in case the caller is not a previously created pure
     * account whose `create_pure` call has corresponding parameters.
     */
    "kill_pure": Anonymize<Icq667kekh5d7a>;
    /**
     * Publish the hash of a proxy-call that will be made in the future.
     *
     * This must be called some number of blocks before the corresponding `proxy` is attempted
     * if the delay associated with the proxy relationship is greater than zero.
     *
     * No more than `MaxPending` announcements may be made at any one time.
     *
     * This will take a deposit of `AnnouncementDepositFactor` as well as
     * `AnnouncementDepositBase` if there are no other pending announcements.
     *
     * The dispatch origin for this call must be _Signed_ and a proxy of `real`.
     *
     * Parameters:
     * - `real`: The account that the proxy will make a call on behalf of.
     * - `call_hash`: The hash of the call to be made by the `real` account.
     */
    "announce": Anonymize<I2eb501t8s6hsq>;
    /**
     * Remove a given announcement.
     *
     * May be called by a proxy account to remove a call they previously announced and return
     * the deposit.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * Parameters:
     * - `real`: The account that the proxy will make a call on behalf of.
     * - `call_hash`: The hash of the call to be made by the `real` account.
     */
    "remove_announcement": Anonymize<I2eb501t8s6hsq>;
    /**
     * Remove the given announcement of a delegate.
     *
     * May be called by a target (proxied) account to remove a call that one of their delegates
     * (`delegate`) has announced they want to execute. The deposit is returned.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * Parameters:
     * - `delegate`: The account that previously announced the call.
     * - `call_hash`: The hash of the call to be made.
     */
    "reject_announcement": Anonymize<Ianmuoljk2sk1u>;
    /**
     * Dispatch the given `call` from an account that the sender is authorized for through
     * `add_proxy`.
     *
     * Removes any corresponding announcement(s).
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * Parameters:
     * - `real`: The account that the proxy will make a call on behalf of.
     * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
     * - `call`: The call to be made by the `real` account.
     */
    "proxy_announced": Anonymize<I4ttakk09k82rr>;
    /**
     * Poke / Adjust deposits made for proxies and announcements based on current values.
     * This can be used by accounts to possibly lower their locked amount.
     *
     * The dispatch origin for this call must be _Signed_.
     *
     * The transaction fee is waived if the deposit amount has changed.
     *
     * Emits `DepositPoked` if successful.
     */
    "poke_deposit": undefined;
}>;
export type I13d4frugmcbjp = {
    "real": MultiAddress;
    "force_proxy_type"?: Anonymize<Ic34t1dvstjqh4>;
    "call": TxCallData;
};
export type Ic34t1dvstjqh4 = (Anonymize<Ieb58ba27tkuu1>) | undefined;
export type Ibq7615ugkue6o = {
    "delegate": MultiAddress;
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "delay": number;
};
export type Icnkovqnsjp8ph = {
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "delay": number;
    "index": number;
};
export type Icq667kekh5d7a = {
    "spawner": MultiAddress;
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "index": number;
    "height": number;
    "ext_index": number;
};
export type I2eb501t8s6hsq = {
    "real": MultiAddress;
    "call_hash": SizedHex<32>;
};
export type Ianmuoljk2sk1u = {
    "delegate": MultiAddress;
    "call_hash": SizedHex<32>;
};
export type I4ttakk09k82rr = {
    "delegate": MultiAddress;
    "real": MultiAddress;
    "force_proxy_type"?: Anonymize<Ic34t1dvstjqh4>;
    "call": TxCallData;
};
export type I98uttjgtjik6a = AnonymousEnum<{
    /**
     * Allows the inheritor of a recovered account to control it.
     *
     * The controller is not allowed to dispatch calls of the recovery pallet. Otherwise they
     * could mess with the recovery configuration and possibly cancel or slash attempts from
     * higher-priority friend groups.
     */
    "control_inherited_account": Anonymize<I33ml6esaa8mhp>;
    /**
     * Revoke the inheritor of the calling (lost) account.
     *
     * This removes the inheritor entry and refunds the inheritor deposit. Can only be called
     * by the lost account itself after it regains access.
     */
    "revoke_inheritor": undefined;
    /**
     * Set the friend groups of the calling account before it lost access.
     *
     * Cannot be used while there are ongoing recovery attempts. The friends of each group
     * MUST be sorted and unique. Trying to insert two friend groups with the same set of
     * friends will result in an error.
     *
     * A `FriendGroupsChanged` event is emitted only when the new friends groups differed from
     * the old ones.
     */
    "set_friend_groups": Anonymize<I7j1atkng1ju6n>;
    /**
     * Attempt to recover a lost account by a friend within the given friend group.
     *
     * The initiator's approval is recorded automatically, so they do not need to call
     * `approve_attempt` themselves.
     *
     * Once an account has been recovered by a friend group, no friend group of equal or lower
     * priority can open a new attempt: it will fail with [`Error::HigherPriorityRecovered`].
     * Only a strictly higher-priority group (lower numerical
     * [`FriendGroup::inheritance_priority`]) can take over the inheritor.
     */
    "initiate_attempt": Anonymize<I26dlkokntnumj>;
    /**
     * Approve the recovery for a lost account.
     *
     * Must be called by a friend of the friend group that the recovery attempt belongs to that
     * did not yet vote. Voting is only allowed until the threshold is reached.
     * `finish_attempt` should be called after the last friend voted.
     */
    "approve_attempt": Anonymize<I26dlkokntnumj>;
    /**
     * Finish a recovery attempt and make the lost account accessible from the inheritor.
     *
     * Can be called by anyone who is willing to pay for the inheritor deposit.
     */
    "finish_attempt": Anonymize<I26dlkokntnumj>;
    /**
     * The lost account can cancel an attempt at any moment; the initiator, only after a delay.
     *
     * This will release the security deposit back to the initiator. The cancel delay must be
     * respected if the initiator calls it to prevent it from front-running the lost account
     * from slashing the attempt.
     */
    "cancel_attempt": Anonymize<I26dlkokntnumj>;
    /**
     * Slash a malicious recovery attempt and burn the security deposit of the initiator.
     */
    "slash_attempt": Anonymize<Ia647qc1v1kokt>;
}>;
export type I33ml6esaa8mhp = {
    "recovered": MultiAddress;
    "call": TxCallData;
};
export type I7j1atkng1ju6n = {
    "friend_groups": Anonymize<I4sut8eue4ivos>;
};
export type I4sut8eue4ivos = Array<Anonymize<Iflc1rlor9hsd3>>;
export type Iflc1rlor9hsd3 = {
    "friends": Anonymize<Ia2lhg7l2hilo3>;
    "friends_needed": number;
    "inheritor": SS58String;
    "inheritance_delay": number;
    "inheritance_priority": number;
    "cancel_delay": number;
};
export type I26dlkokntnumj = {
    "lost": MultiAddress;
    "friend_group_index": number;
};
export type Ia647qc1v1kokt = {
    "friend_group_index": number;
};
export type I2mld45nrme8qh = AnonymousEnum<{
    /**
     * Registers the caller as a patient.
     *
     * ## Dispatch Origin
     * Signed by the patient.
     *
     * ## Details
     * Holds [`Config::DepositPerItem`] plus the record's size in
     * [`Config::DepositPerByte`], unless the caller is registered already (a provider
     * may also be a patient); released by [`Pallet::deregister`].
     *
     * ## Events
     * [`Event::PatientRegistered`].
     */
    "register_patient": undefined;
    /**
     * Leaves MedRec as a patient: removes the patient role and, if no other role is
     * left, the registration, its identifiers and their deposits.
     *
     * ## Dispatch Origin
     * Signed by the patient.
     *
     * ## Details
     * A provider or researcher role must be revoked by the consortium first
     * ([`Error::StillAdmitted`]).
     *
     * ## Events
     * [`Event::IdentifierUnbound`] for each identifier, [`Event::RoleRevoked`].
     */
    "deregister": undefined;
    /**
     * Admits `who` to `role`: [`Role::Provider`] or [`Role::Researcher`].
     *
     * ## Dispatch Origin
     * [`Config::AdmitOrigin`]: the consortium.
     *
     * ## Details
     * Registers `who` if needed; the consortium's records hold no deposit.
     *
     * ## Events
     * [`Event::Admitted`].
     */
    "admit": Anonymize<I8gllfhf08s6f3>;
    /**
     * Revokes `who`'s provider or researcher role. A provider loses its profile (its
     * deposit is released); its groups remain but grant nothing while it is not an active
     * provider, and it can still dissolve them. If no role is left, the registration ends
     * and its identifiers are released.
     *
     * ## Dispatch Origin
     * [`Config::AdmitOrigin`]: the consortium.
     *
     * ## Events
     * [`Event::IdentifierUnbound`] for each released identifier, [`Event::RoleRevoked`].
     */
    "revoke_role": Anonymize<I8gllfhf08s6f3>;
    /**
     * Suspends `who`: while suspended, it is neither an active provider nor an active
     * researcher, so it can neither act as one nor be granted access as one.
     *
     * ## Dispatch Origin
     * [`Config::AdmitOrigin`]: the consortium.
     *
     * ## Events
     * [`Event::Suspended`].
     */
    "suspend": Anonymize<Idukp69q96uqk7>;
    /**
     * Lifts `who`'s suspension.
     *
     * ## Dispatch Origin
     * [`Config::AdmitOrigin`]: the consortium.
     *
     * ## Events
     * [`Event::Reinstated`].
     */
    "reinstate": Anonymize<I4cbvqmqadhrea>;
    /**
     * Publishes or changes the caller's provider profile: public institution `name`
     * (UTF-8), gatekeeper `endpoint` URL and the gatekeeper's receipt `signing_key`.
     *
     * ## Dispatch Origin
     * Signed by an active provider.
     *
     * ## Details
     * Holds a deposit for the profile's size; a changed size adjusts it.
     *
     * ## Events
     * [`Event::ProviderProfileSet`].
     */
    "set_provider_profile": Anonymize<I6nep8g3c4t15e>;
    /**
     * Sets `provider`'s profile on its behalf (a provider that lost its key, a wrong
     * endpoint). Keeps whatever deposit the provider holds for its profile.
     *
     * ## Dispatch Origin
     * [`Config::AdmitOrigin`]: the consortium.
     *
     * ## Events
     * [`Event::ProviderProfileSet`].
     */
    "force_set_provider_profile": Anonymize<Idbfn87f1fq9l8>;
    /**
     * Binds `identifier`, the BLAKE2-256 hash of a salted external identifier, to the
     * caller.
     *
     * ## Dispatch Origin
     * Signed by a registered participant.
     *
     * ## Details
     * A hash belongs to one account ([`Error::IdentifierAlreadyBound`]). Holds one item's
     * deposit.
     * Hash `salt ‖ kind ‖ value` off chain; never submit the plaintext.
     *
     * ## Events
     * [`Event::IdentifierBound`].
     */
    "bind_identifier": Anonymize<Idjiu7vp8ovdab>;
    /**
     * Releases the caller's `identifier` and its deposit.
     *
     * ## Dispatch Origin
     * Signed by the account the identifier is bound to.
     *
     * ## Events
     * [`Event::IdentifierUnbound`].
     */
    "unbind_identifier": Anonymize<Idjiu7vp8ovdab>;
    /**
     * Creates a group managed by the caller.
     *
     * ## Dispatch Origin
     * Signed by an active provider.
     *
     * ## Details
     * Holds one item's deposit, plus one per member as members are added.
     *
     * ## Events
     * [`Event::GroupCreated`] with the new group's id.
     */
    "create_group": undefined;
    /**
     * Adds `who` to `group`.
     *
     * ## Dispatch Origin
     * Signed by the group's owner, an active provider.
     *
     * ## Details
     * Records the current block as when `who` joined (`who`'s [`Cards`] entry): grants a patient
     * made to the group before then do not reach `who`. Holds one item's deposit from the
     * owner.
     *
     * ## Events
     * [`Event::GroupMemberAdded`].
     */
    "add_group_member": Anonymize<I5ijf8pa8h79iv>;
    /**
     * Removes `who` from `group`: the owner removes a member, or a member leaves.
     *
     * ## Dispatch Origin
     * Signed by the group's owner, also while it is suspended or no longer a provider
     * (shrinking a group never widens access), or by `who`.
     *
     * ## Events
     * [`Event::GroupMemberRemoved`].
     */
    "remove_group_member": Anonymize<I5ijf8pa8h79iv>;
    /**
     * Dissolves `group`, removing its members and releasing its deposits.
     *
     * ## Dispatch Origin
     * Signed by the group's owner, also while it is suspended or no longer a provider.
     *
     * ## Events
     * [`Event::GroupMemberRemoved`] per member, [`Event::GroupDissolved`].
     */
    "dissolve_group": Anonymize<Idck5k6ru4godn>;
    /**
     * Moves the caller's registration to `new`, an account that is not registered: roles,
     * profile, identifiers, groups and memberships, and the deposits held for them.
     * Other pallets follow through [`Config::OnAccountRotated`].
     *
     * ## Dispatch Origin
     * Signed by the registered account (for a lost key, see
     * [`Pallet::force_rotate_account`] or the runtime's recovery pallet).
     *
     * ## Events
     * [`Event::AccountRotated`].
     */
    "rotate_account": Anonymize<Idhlknhp7vndhp>;
    /**
     * Moves `old`'s registration to `new`, for a participant who lost its key.
     *
     * ## Dispatch Origin
     * [`Config::AdmitOrigin`]: the consortium.
     *
     * ## Events
     * [`Event::AccountRotated`].
     */
    "force_rotate_account": Anonymize<Id9sjif2ghpo08>;
    /**
     * Anchors the Merkle `root` of the provider's disclosure receipts `first .. first +
     * count`.
     *
     * ## Dispatch Origin
     * Signed by an active provider: in practice its gatekeeper's key, through a
     * `Gatekeeper` proxy that may make this call only.
     *
     * ## Details
     * A provider's receipts are numbered from 0 without gaps, and anchors cover them in
     * order: `first` must be the number of receipts already anchored. The call names its
     * range so that it can only ever anchor those receipts: a gatekeeper that crashed
     * after submitting and submits the same range again after its restart gets
     * [`Error::AnchorNotNext`] for whichever of the two transactions lands second,
     * instead of an anchor over receipts it never stored. A patient holding a receipt and
     * its proof checks it against the anchor's root. Anchors are kept under the provider's
     * participant number: a rotated provider keeps them and continues the numbering. No
     * deposit: anchors are the permanent audit trail, paid for by fees.
     *
     * ## Events
     * [`Event::ReceiptsAnchored`].
     */
    "anchor_receipts": Anonymize<I1djfcecdlc6i9>;
}>;
export type I6nep8g3c4t15e = {
    "name": Uint8Array;
    "endpoint": Uint8Array;
    "signing_key": SizedHex<32>;
};
export type Idbfn87f1fq9l8 = {
    "provider": SS58String;
    "name": Uint8Array;
    "endpoint": Uint8Array;
    "signing_key": SizedHex<32>;
};
export type Idjiu7vp8ovdab = {
    "identifier": SizedHex<32>;
};
export type Idhlknhp7vndhp = {
    "new": SS58String;
};
export type I1djfcecdlc6i9 = {
    "first": bigint;
    "count": number;
    "root": SizedHex<32>;
};
export type I151kgpns2o9nn = AnonymousEnum<{
    /**
     * Opens a relationship with `patient`, or accepts the patient's invitation.
     *
     * ## Dispatch Origin
     * Signed by an active provider.
     *
     * ## Details
     * A new relationship is `New` and holds one item's deposit from the provider; an
     * accepted invitation becomes `Acknowledged` and keeps the patient's deposit. Either
     * way it is active now: [`Config::OnActivityChange`] is told.
     *
     * ## Events
     * [`Event::RelationshipOpened`].
     */
    "open_relationship": Anonymize<Ie0jdrkrnbtc52>;
    /**
     * Invites `provider` to open a relationship with the caller.
     *
     * ## Dispatch Origin
     * Signed by a registered patient.
     *
     * ## Details
     * The relationship is `Invited` until the provider calls
     * [`Pallet::open_relationship`]; it holds one item's deposit from the patient, who can
     * withdraw with [`Pallet::terminate`].
     *
     * ## Events
     * [`Event::ProviderInvited`].
     */
    "invite_provider": Anonymize<I2uolduhmhk38e>;
    /**
     * Adds a pointer to the relationship with `patient`.
     *
     * ## Dispatch Origin
     * Signed by the relationship's provider, active.
     *
     * ## Details
     * `reference` is 16 opaque bytes the provider's gatekeeper maps to one of its declared
     * queries and an argument, unique among the provider's pointers; `category` is from
     * the vocabulary of [`medrec_primitives::records::category`]; `fields` are the field
     * codes the query returns; `content_hash` is the salted commitment to the data it
     * returns. Holds a deposit for the pointer, its place in the relationship's list and
     * its reference from the provider. An `Acknowledged` relationship becomes `Updated`.
     * A relationship holds any number of pointers: the call costs the same at the first
     * and at the ten-thousandth.
     *
     * ## Events
     * [`Event::PointerAdded`].
     */
    "add_pointer": Anonymize<I667spv569ars8>;
    /**
     * Records that the data behind `pointer` changed: its new content hash.
     *
     * ## Dispatch Origin
     * Signed by the pointer's provider, active.
     *
     * ## Details
     * An `Acknowledged` relationship becomes `Updated`.
     *
     * ## Events
     * [`Event::PointerUpdated`].
     */
    "update_pointer": Anonymize<I6qc0isk7k92t9>;
    /**
     * Removes `pointer` and releases its deposit.
     *
     * ## Dispatch Origin
     * Signed by the pointer's provider (a suspended provider may still remove).
     *
     * ## Details
     * An `Acknowledged` relationship becomes `Updated`; a `Rejected` one stays `Rejected`.
     *
     * ## Events
     * [`Event::PointerRemoved`].
     */
    "remove_pointer": Anonymize<I3r9c3q80d5gq1>;
    /**
     * Marks the relationship with `provider` as seen: `New`, `Updated` or `Rejected`
     * become `Acknowledged` (acknowledging a rejected relationship accepts it after all).
     *
     * ## Dispatch Origin
     * Signed by the relationship's patient.
     *
     * ## Events
     * [`Event::RelationshipAcknowledged`].
     */
    "acknowledge": Anonymize<I2uolduhmhk38e>;
    /**
     * Refuses the relationship with `provider`: the provider can no longer add or change
     * pointers, and nobody but the patient can reach the ones it holds. Undo with
     * [`Pallet::acknowledge`]; end it with [`Pallet::terminate`].
     *
     * ## Dispatch Origin
     * Signed by the relationship's patient.
     *
     * ## Events
     * [`Event::RelationshipRejected`].
     */
    "reject": Anonymize<I2uolduhmhk38e>;
    /**
     * Ends the relationship between `patient` and `provider`: nobody reaches its pointers
     * from this block on, and every deposit it holds is released.
     *
     * ## Dispatch Origin
     * Signed by the patient or the provider (suspended or not).
     *
     * ## Details
     * Removes up to [`Config::MaxRemovedAtOnce`] pointers now; a longer history is
     * removed in later blocks' idle time (or by anyone's [`Pallet::reap`]), and the two
     * cannot open a new relationship until it is gone.
     *
     * ## Events
     * [`Event::RelationshipTerminated`].
     */
    "terminate": Anonymize<I9na8csiqgnth9>;
    /**
     * Marks what `patient` shares with the caller as seen.
     *
     * ## Dispatch Origin
     * Signed by the viewer.
     *
     * ## Events
     * [`Event::SharedAcknowledged`].
     */
    "acknowledge_shared": Anonymize<Ie0jdrkrnbtc52>;
    /**
     * Removes up to `limit` (at most [`Config::MaxRemovedAtOnce`]) of the pointers an ended
     * relationship between `patient` and `provider` still holds, releasing their deposits to
     * the provider. Idle time does the same by itself; this is for whoever wants it done now
     * (the provider, for its deposits; the pair, to open a new relationship).
     *
     * ## Dispatch Origin
     * Signed by anyone.
     *
     * ## Events
     * [`Event::PointersReaped`].
     */
    "reap": Anonymize<I8n84akcfjp4fg>;
}>;
export type Ie0jdrkrnbtc52 = {
    "patient": SS58String;
};
export type I667spv569ars8 = {
    "patient": SS58String;
    "reference": SizedHex<16>;
    "category": number;
    "fields": bigint;
    "content_hash": SizedHex<32>;
};
export type I6qc0isk7k92t9 = {
    "pointer": bigint;
    "content_hash": SizedHex<32>;
};
export type I3r9c3q80d5gq1 = {
    "pointer": bigint;
};
export type I8n84akcfjp4fg = {
    "patient": SS58String;
    "provider": SS58String;
    "limit": number;
};
export type I3udi7j6s6b2qd = AnonymousEnum<{
    /**
     * Grants `grantee` read access to `scope` of a patient's records, from `start` (or
     * now) until `expiry` (or revocation).
     *
     * ## Dispatch Origin
     * Signed by the patient (`on_behalf_of: None`), or by a guardian with
     * `ManageSharing` powers (`on_behalf_of: Some(patient)`).
     *
     * ## Details
     * A grantee account that is registered is recorded by its participant number, so the
     * grant follows the grantee's account rotations. A grant to a group reaches the
     * members it has now, not those its owner adds later. Holds a deposit from the
     * patient. The grant records the guardian who made it, if one did.
     *
     * ## Events
     * [`Event::AccessGranted`].
     */
    "grant": Anonymize<I2gh41k65tqrj4>;
    /**
     * Revokes `grant`: from the next block on, no access decision sees it. Returns the
     * deposit.
     *
     * ## Dispatch Origin
     * Signed by the patient, or a guardian of theirs with `ManageSharing` powers.
     *
     * ## Events
     * [`Event::AccessRevoked`].
     */
    "revoke": Anonymize<Ick76aqgdiop5j>;
    /**
     * Removes an expired grant and returns its deposit. Decisions ignore expired grants
     * whether or not this is called.
     *
     * ## Dispatch Origin
     * Signed by anyone.
     *
     * ## Events
     * [`Event::GrantExpired`].
     */
    "remove_expired": Anonymize<Ick76aqgdiop5j>;
    /**
     * Makes `guardian` a guardian of the caller, with `powers`, until `until` (or
     * removal).
     *
     * ## Dispatch Origin
     * Signed by the patient.
     *
     * ## Details
     * Holds a deposit from the patient. A provider's proposal of the same guardian, if one
     * waits, ends: its deposit goes back to the provider.
     *
     * ## Events
     * [`Event::GuardianAdded`].
     */
    "add_guardian": Anonymize<Idrc5rhp5b9p0i>;
    /**
     * Appoints `guardian` for `patient`, who cannot choose one (a minor, or incapacity on
     * the record the consortium examined), with `powers`, until block `until` (at most
     * [`Config::MaxAppointedTerm`] from now).
     *
     * ## Dispatch Origin
     * [`Config::ConsortiumOrigin`].
     *
     * ## Details
     * No deposit. The patient sees the appointment among their notifications while it
     * holds, and can remove the guardian at any time ([`Pallet::remove_guardian`]). A
     * provider's proposal of the same guardian, if one waits, ends: its deposit goes back
     * to the provider.
     *
     * ## Events
     * [`Event::GuardianAdded`].
     */
    "appoint_guardian": Anonymize<Ifiuao4p8sdn8t>;
    /**
     * Ends a guardianship: the patient's veto, or the guardian's resignation.
     *
     * ## Dispatch Origin
     * Signed by the patient or the guardian.
     *
     * ## Events
     * [`Event::GuardianRemoved`].
     */
    "remove_guardian": Anonymize<Id29cgsn96pdgp>;
    /**
     * Certifies `provider` for emergency access, or withdraws the certification.
     *
     * ## Dispatch Origin
     * [`Config::ConsortiumOrigin`].
     *
     * ## Events
     * [`Event::EmergencyCertificationSet`].
     */
    "certify_emergency": Anonymize<I6863a1u6mn9b>;
    /**
     * Breaks the glass: opens read access to `patient`'s whole record for
     * [`Config::EmergencyDuration`] blocks, with a reason code, for a certified provider.
     *
     * ## Dispatch Origin
     * Signed by an active provider certified for emergency access (`via: None`), or by a
     * member of one of its groups (`via: Some(group)`): the emergency physician acts in
     * person, and the record says who.
     *
     * ## Details
     * The grant goes to the account that broke the glass. At most
     * [`Config::MaxEmergenciesPerWindow`] per provider per [`Config::EmergencyWindow`],
     * whoever of its staff opens them. The provider pays the deposits of the grant and of
     * the emergency record (putting staff in its group is its consent to that); the
     * grant's comes back with [`Pallet::remove_expired`], the record's when the patient
     * accepts it or the consortium closes it. The patient and their guardians see it in
     * their notifications until one of them reviews it.
     *
     * ## Events
     * [`Event::EmergencyAccessOpened`].
     */
    "break_glass": Anonymize<I3m4d3ugnltqjg>;
    /**
     * Reviews an emergency access: accepted (the record goes and the provider's deposit
     * comes back) or contested (it stays listed for the consortium).
     *
     * ## Dispatch Origin
     * Signed by the patient or one of their guardians.
     *
     * ## Events
     * [`Event::EmergencyReviewed`].
     */
    "review_emergency": Anonymize<I1rhiku3u2ihbm>;
    /**
     * Closes a contested emergency access after the consortium has looked into it.
     *
     * ## Dispatch Origin
     * [`Config::ConsortiumOrigin`].
     *
     * ## Events
     * [`Event::EmergencyClosed`].
     */
    "close_contested": Anonymize<I4tssn762gd8s5>;
    /**
     * Proposes `guardian` for `patient`, with `powers`, until block `until` (at most
     * [`Config::MaxAppointedTerm`] from now). Nothing changes unless the patient accepts
     * ([`Pallet::accept_guardian`]).
     *
     * ## Dispatch Origin
     * Signed by an active provider with an active relationship with the patient.
     *
     * ## Details
     * Holds a deposit from the provider, which carries over to the guardianship if the
     * patient accepts and comes back when it ends or the proposal is declined.
     *
     * ## Events
     * [`Event::GuardianProposed`].
     */
    "propose_guardian": Anonymize<I42ieffrittp61>;
    /**
     * Accepts a provider's proposal of `guardian`: the guardianship begins, with the
     * powers and the end the provider proposed.
     *
     * ## Dispatch Origin
     * Signed by the patient.
     *
     * ## Events
     * [`Event::GuardianAdded`].
     */
    "accept_guardian": Anonymize<Ia55m6tmepi56v>;
    /**
     * Declines a provider's proposal of `guardian` (the patient), or withdraws it (the
     * provider that made it). Returns the provider's deposit.
     *
     * ## Dispatch Origin
     * Signed by the patient or the proposing provider.
     *
     * ## Events
     * [`Event::GuardianProposalDeclined`].
     */
    "decline_guardian": Anonymize<Id29cgsn96pdgp>;
}>;
export type I2gh41k65tqrj4 = {
    "on_behalf_of"?: Anonymize<Ihfphjolmsqq1>;
    "grantee": Anonymize<I3v1jfmsct43nt>;
    "scope": Anonymize<I8ouuu1be0g8on>;
    "start"?: Anonymize<I4arjljr6dpflb>;
    "expiry"?: Anonymize<I4arjljr6dpflb>;
    "purpose": number;
};
export type Idrc5rhp5b9p0i = {
    "guardian": SS58String;
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    "until"?: Anonymize<I4arjljr6dpflb>;
};
export type Ifiuao4p8sdn8t = {
    "patient": SS58String;
    "guardian": SS58String;
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    "until": number;
    "basis": Anonymize<I5cm98jgso8icf>;
};
export type I3m4d3ugnltqjg = {
    "patient": SS58String;
    "reason": number;
    "via"?: Anonymize<I4arjljr6dpflb>;
};
export type I1rhiku3u2ihbm = {
    "emergency": bigint;
    "contested": boolean;
};
export type I42ieffrittp61 = {
    "patient": SS58String;
    "guardian": SS58String;
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    "until": number;
};
export type Ia55m6tmepi56v = {
    "guardian": SS58String;
};
export type I1sckrd7jju07o = AnonymousEnum<{
    /**
     * Binds the calling collator account to `researcher`: blocks it authors earn the
     * researcher credits.
     *
     * ## Dispatch Origin
     * Signed by the collator's account (the key that receives its fees).
     *
     * ## Details
     * Holds a deposit from the collator.
     *
     * ## Events
     * [`Event::CollatorBound`].
     */
    "bind_collator": Anonymize<I3mfk60vb1gj0u>;
    /**
     * Unbinds `collator` from its researcher.
     *
     * ## Dispatch Origin
     * Signed by the collator's account or by its researcher.
     *
     * ## Events
     * [`Event::CollatorUnbound`].
     */
    "unbind_collator": Anonymize<Ieinuidojqh902>;
    /**
     * Offers a bounty query: an aggregate over at least `min_cohort` patients, by
     * `template` with `params`. The author of the block that includes it (its researcher,
     * if bound) owns it.
     *
     * ## Dispatch Origin
     * Signed by an active provider.
     *
     * ## Details
     * `params` are the template's parameters, 1 to `MaxParamsLen` bytes of printable
     * ASCII (the demo's are a LOINC code). They are stored in the clear, with their
     * BLAKE2-256: the owner learns them from the chain and redeems the query at the
     * provider's gatekeeper with them. They are research parameters; never put anything
     * about a patient in them. Batch the call with `Relationships::add_pointer` to attach
     * it to a record update. The template must be in the provider's release policy, if it
     * has one; `min_cohort` at least the floors. Holds a deposit from the provider, sized
     * by the parameters.
     *
     * ## Events
     * [`Event::BountyQuerySubmitted`].
     */
    "submit_bounty_query": Anonymize<I9aec1tpebhel7>;
    /**
     * Records the answer to a bounty query its owner redeemed: the result's hash and how
     * many (opted-in) patients it covers. The record stays, as the owner's proof, and so
     * does the provider's deposit that pays for its storage.
     *
     * ## Dispatch Origin
     * Signed by the query's provider.
     *
     * ## Details
     * The cohort must be at least the query's and the provider's floors and at most the
     * provider's cohort bound ([`ConsentingPatientsOf`]).
     *
     * ## Events
     * [`Event::BountyQueryAnswered`].
     */
    "answer_bounty_query": Anonymize<Ifc5t72cb6i90s>;
    /**
     * Asks `providers` for an aggregate by `template` over at least `min_cohort` patients,
     * paying [`Parameters::request_cost`] credits per provider into escrow.
     *
     * ## Dispatch Origin
     * Signed by an active researcher.
     *
     * ## Details
     * Open for [`Parameters::request_lifetime`] blocks. Holds a deposit from the
     * researcher, returned when the request closes.
     *
     * ## Events
     * [`Event::AggregateRequested`].
     */
    "request_aggregate": Anonymize<I9r5rnonck2p6j>;
    /**
     * Answers a request: the result's hash and how many (opted-in) patients it covers.
     * Below the request's, the provider's or the consortium's floor it is refused.
     *
     * ## Dispatch Origin
     * Signed by a provider the request asked, while it is open.
     *
     * ## Details
     * The cohort must be at least the floors and at most the provider's cohort bound
     * ([`ConsentingPatientsOf`]). Spends the answer's credits from escrow. The last answer
     * closes the request and returns the researcher's deposit.
     *
     * ## Events
     * [`Event::RequestAnswered`], and [`Event::RequestCompleted`] for the last answer.
     */
    "answer_request": Anonymize<Ib37ca11sokp40>;
    /**
     * Closes an expired request: the credits of the missing answers go back to the
     * researcher, and its deposit too.
     *
     * ## Dispatch Origin
     * Signed by anyone.
     *
     * ## Events
     * [`Event::RequestExpired`].
     */
    "expire_request": Anonymize<I6al1n81n93b1t>;
    /**
     * Opts the caller in to, or out of, research on `category` (out by default).
     *
     * ## Dispatch Origin
     * Signed by a registered patient.
     *
     * ## Details
     * The first opt-in holds a deposit, returned when the last category is opted out. The
     * first opt-in and the last opt-out change the cohort bound of each provider the
     * patient has an active relationship with; the call is charged for the most
     * relationships a patient may have and refunded to those read.
     *
     * ## Events
     * [`Event::ConsentSet`].
     */
    "set_consent": Anonymize<I5aignto3n8bpm>;
    /**
     * Sets the caller's release policy: the templates it answers (none: it answers every
     * template) and its own cohort floor.
     *
     * ## Dispatch Origin
     * Signed by an active provider.
     *
     * ## Events
     * [`Event::ReleasePolicySet`].
     */
    "set_release_policy": Anonymize<I135v02v63m6p6>;
    /**
     * Sets the research-mining parameters.
     *
     * ## Dispatch Origin
     * [`Config::ConsortiumOrigin`].
     *
     * ## Events
     * [`Event::ParametersSet`].
     */
    "set_parameters": Anonymize<I8mqp9nn3643qm>;
}>;
export type I3mfk60vb1gj0u = {
    "researcher": SS58String;
};
export type I9aec1tpebhel7 = {
    "template": number;
    "params": Uint8Array;
    "min_cohort": number;
};
export type I9r5rnonck2p6j = {
    "template": number;
    "params_hash": SizedHex<32>;
    "providers": Anonymize<Ia2lhg7l2hilo3>;
    "min_cohort": number;
};
export type Ib37ca11sokp40 = {
    "request": bigint;
    "result_hash": SizedHex<32>;
    "cohort": number;
};
export type I5aignto3n8bpm = {
    "category": number;
    "opted_in": boolean;
};
export type I135v02v63m6p6 = {
    "templates": Anonymize<Icgljjb6j82uhn>;
    "min_cohort": number;
};
export type Ifvqn3ldat80ai = [SS58String, undefined];
export type I99bb69usss9gs = {
    "index": number;
    "threshold": number;
    "ayes": Anonymize<Ia2lhg7l2hilo3>;
    "nays": Anonymize<Ia2lhg7l2hilo3>;
    "end": number;
};
export type Ifi4da1gej1fri = Array<{
    "who": SS58String;
    "deposit": bigint;
}>;
export type Iaboab6sji8k0d = Array<[SS58String, Anonymize<Id5euearrustgp>]>;
export type I6cs1itejju2vv = [bigint, number];
export type I5mpbmq1ooiq9i = Array<{
    "recipient": number;
    "state": Enum<{
        "Ok": undefined;
        "Suspended": undefined;
    }>;
    "signals_exist": boolean;
    "first_index": number;
    "last_index": number;
    "flags": number;
    "queued_bytes": number;
}>;
export type I5g2vv0ckl2m8b = [number, number];
export type Ifup3lg9ro8a0f = {
    "suspend_threshold": number;
    "drop_threshold": number;
    "resume_threshold": number;
};
export type I5qfubnuvrnqn6 = AnonymousEnum<{
    "Pending": {
        "responder": XcmVersionedLocation;
        "maybe_match_querier"?: (XcmVersionedLocation) | undefined;
        "maybe_notify"?: (SizedHex<2>) | undefined;
        "timeout": number;
    };
    "VersionNotifier": {
        "origin": XcmVersionedLocation;
        "is_active": boolean;
    };
    "Ready": {
        "response": Enum<{
            "V3": XcmV3Response;
            "V4": XcmV4Response;
            "V5": Anonymize<I7vucpgm2c6959>;
        }>;
        "at": number;
    };
}>;
export type I8t3u2dv73ahbd = [number, XcmVersionedLocation];
export type I7vlvrrl2pnbgk = [bigint, Anonymize<I4q39t5hn830vp>, number];
export type Ie0rpl5bahldfk = Array<[XcmVersionedLocation, number]>;
export type XcmPalletVersionMigrationStage = Enum<{
    "MigrateSupportedVersion": undefined;
    "MigrateVersionNotifiers": undefined;
    "NotifyCurrentTargets"?: Anonymize<Iabpgqcjikia83>;
    "MigrateAndNotifyOldTargets": undefined;
}>;
export declare const XcmPalletVersionMigrationStage: GetEnum<XcmPalletVersionMigrationStage>;
export type I7e5oaj2qi4kl1 = {
    "amount": bigint;
    "owner": XcmVersionedLocation;
    "locker": XcmVersionedLocation;
    "consumers": Array<[undefined, bigint]>;
};
export type Ie849h3gncgvok = [number, SS58String, XcmVersionedAssetId];
export type Iat62vud7hlod2 = Array<[bigint, XcmVersionedLocation]>;
export type Ici7ejds60vj52 = {
    "aliasers": Array<{
        "location": XcmVersionedLocation;
        "expiry"?: Anonymize<I35p85j063s0il>;
    }>;
};
export type Idh2ug6ou4a8og = {
    "begin": number;
    "end": number;
    "count": number;
    "ready_neighbours"?: ({
        "prev": Anonymize<Iejeo53sea6n4q>;
        "next": Anonymize<Iejeo53sea6n4q>;
    }) | undefined;
    "message_count": bigint;
    "size": bigint;
};
export type I53esa2ms463bk = {
    "remaining": number;
    "remaining_size": number;
    "first_index": number;
    "first": number;
    "last": number;
    "heap": Uint8Array;
};
export type Ib4jhb8tt3uung = [Anonymize<Iejeo53sea6n4q>, number];
export type Ia8s6gkn3hk9mv = [Array<{
    "delegate": SS58String;
    "proxy_type": Anonymize<Ieb58ba27tkuu1>;
    "delay": number;
}>, bigint];
export type I9p9lq3rej5bhc = [Array<{
    "real": SS58String;
    "call_hash": SizedHex<32>;
    "height": number;
}>, bigint];
export type I9sbm1a1oam2bg = [Anonymize<I4sut8eue4ivos>, bigint];
export type I6k013m11cqvlv = [Anonymize<I4oi94ft757vbc>, Anonymize<I2m1i0nm75427g>, bigint];
export type I4oi94ft757vbc = {
    "friend_group_index": number;
    "initiator": SS58String;
    "init_block": number;
    "last_approval_block": number;
    "approvals": Anonymize<Icgljjb6j82uhn>;
};
export type I2m1i0nm75427g = {
    "depositor": SS58String;
    "ticket"?: Anonymize<I35p85j063s0il>;
};
export type I6ouflveob4eli = [SS58String, number];
export type If6ked01laa7nk = [number, SS58String, Anonymize<I2m1i0nm75427g>];
export type Iaskdek0kjt89d = {
    "id": bigint;
    "roles": number;
    "suspended": boolean;
    "deposit": bigint;
};
export type Icajajqbhfed7n = {
    "participant"?: Anonymize<I35p85j063s0il>;
    "memberships": Array<{
        "group": number;
        "since": number;
        "owner_active": boolean;
    }>;
};
export type I998pn8qvi5dsd = {
    "name": Uint8Array;
    "endpoint": Uint8Array;
    "signing_key": SizedHex<32>;
    "deposit": bigint;
};
export type I3geksg000c171 = Array<[SizedHex<32>, bigint]>;
export type Idju3rcqc39238 = {
    "owner": SS58String;
    "members": number;
    "deposit": bigint;
};
export type I7svnfko10tq2e = [number, SS58String];
export type I8bod5to34nqle = {
    "root": SizedHex<32>;
    "first": bigint;
    "count": number;
    "anchored_at": number;
};
export type I8stk2eeqd9bi5 = {
    "anchors": number;
    "receipts": bigint;
};
export type I46jdivb1elhus = {
    "status": Anonymize<Ida5e9bp9fpme>;
    "opened_by": Anonymize<I5mhiaupaqmuun>;
    "opened_at": number;
    "changed_at": number;
    "pointers": number;
    "deposit": bigint;
};
export type Ic6sb1q11idafl = [bigint, bigint, SizedHex<8>];
export type I7asqsfm6api7g = [bigint, SizedHex<16>];
export type Iakm6etb22919r = {
    "patient": bigint;
    "provider": bigint;
    "reference": SizedHex<16>;
    "category": number;
    "fields": bigint;
    "content_hash": SizedHex<32>;
    "updated_at": number;
    "deposit": bigint;
};
export type I15a528t1r8an4 = {
    "acknowledged": boolean;
    "updated": boolean;
    "changed_at": number;
};
export type I4mbij8ajpfacu = [Anonymize<I3v1jfmsct43nt>, bigint];
export type Ia6p21741lm57g = {
    "account": SS58String;
    "next_grant": bigint;
    "grants": Array<{
        "index": bigint;
        "grantee": Anonymize<I3v1jfmsct43nt>;
        "scope": Anonymize<I8ouuu1be0g8on>;
        "start": number;
        "expiry"?: Anonymize<I4arjljr6dpflb>;
        "granted_at": number;
        "purpose": number;
        "granted_by": Anonymize<Idkm8uu0lb5vkn>;
        "payer": bigint;
        "deposit": bigint;
    }>;
    "guardians": Array<[SS58String, {
        "powers": Anonymize<Ieflaqhk8fb1kd>;
        "until"?: Anonymize<I4arjljr6dpflb>;
        "basis": Anonymize<I9ec4rht4vsrjp>;
        "payer"?: Anonymize<I35p85j063s0il>;
        "deposit": bigint;
    }]>;
    "active_providers": Anonymize<Iafqnechp3omqg>;
};
export type Iafqnechp3omqg = Array<bigint>;
export type I95l2k9b1re95f = [SS58String, bigint];
export type I1osivtuf7giei = Array<{
    "guardian": SS58String;
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    "until": number;
    "proposer": bigint;
    "proposed_at": number;
    "deposit": bigint;
}>;
export type I1re0i76b1qmh6 = {
    "patient": bigint;
    "provider": bigint;
    "opened_by": SS58String;
    "grant": bigint;
    "reason": number;
    "opened_at": number;
    "review": Anonymize<Ic3oc9un8fo21k>;
    "deposit": bigint;
};
export type I2j729bmgsdiuo = [bigint, bigint];
export type If53m8kq5m1chf = {
    "provider": bigint;
    "template": number;
    "params": Uint8Array;
    "params_hash": SizedHex<32>;
    "min_cohort": number;
    "owner": Anonymize<I9jf3pvf0hh1g0>;
    "included_at": number;
    "answer"?: ([SizedHex<32>, number]) | undefined;
    "deposit": bigint;
};
export type I3qleq42bjocud = {
    "researcher": bigint;
    "template": number;
    "params_hash": SizedHex<32>;
    "min_cohort": number;
    "pending": Anonymize<Iafqnechp3omqg>;
    "cost_per_answer": bigint;
    "expires_at": number;
    "deposit": bigint;
};
export type Iev2mdv8649drg = [Anonymize<Icgljjb6j82uhn>, bigint];
export type I5paokogd7ccbi = {
    "templates": Anonymize<Icgljjb6j82uhn>;
    "min_cohort": number;
    "deposit": bigint;
};
export type In7a38730s6qs = {
    "base_block": Anonymize<I4q39t5hn830vp>;
    "max_block": Anonymize<I4q39t5hn830vp>;
    "per_class": {
        "normal": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: Anonymize<Iasb8k6ash5mjn>;
            "max_total"?: Anonymize<Iasb8k6ash5mjn>;
            "reserved"?: Anonymize<Iasb8k6ash5mjn>;
        };
        "operational": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: Anonymize<Iasb8k6ash5mjn>;
            "max_total"?: Anonymize<Iasb8k6ash5mjn>;
            "reserved"?: Anonymize<Iasb8k6ash5mjn>;
        };
        "mandatory": {
            "base_extrinsic": Anonymize<I4q39t5hn830vp>;
            "max_extrinsic"?: Anonymize<Iasb8k6ash5mjn>;
            "max_total"?: Anonymize<Iasb8k6ash5mjn>;
            "reserved"?: Anonymize<Iasb8k6ash5mjn>;
        };
    };
};
export type Ibtil0ss5munbk = {
    "max": {
        "normal": number;
        "operational": number;
        "mandatory": number;
    };
    "max_header_size"?: Anonymize<I4arjljr6dpflb>;
};
export type I9s0ave7t0vnrk = {
    "read": bigint;
    "write": bigint;
};
export type I4fo08joqmcqnm = {
    "spec_name": string;
    "impl_name": string;
    "authoring_version": number;
    "spec_version": number;
    "impl_version": number;
    "apis": Array<[SizedHex<8>, number]>;
    "transaction_version": number;
    "system_version": number;
};
export type Ifl19kf0ds243k = Array<[Anonymize<Iflc1rlor9hsd3>, Anonymize<I4oi94ft757vbc>]>;
export type Iaqet9jc3ihboe = {
    "header": Anonymize<Ic952bubvq4k7d>;
    "extrinsics": Anonymize<Itom7fk49o0c9>;
};
export type I2v50gu3s1aqk6 = AnonymousEnum<{
    "AllExtrinsics": undefined;
    "OnlyInherents": undefined;
}>;
export type I97noe7993a5hn = ResultPayload<Anonymize<Iaa9oj13q0a7ac>, Anonymize<I5nrjkj9qumobs>>;
export type I5nrjkj9qumobs = AnonymousEnum<{
    "Invalid": Enum<{
        "Call": undefined;
        "Payment": undefined;
        "Future": undefined;
        "Stale": undefined;
        "BadProof": undefined;
        "AncientBirthBlock": undefined;
        "ExhaustsResources": undefined;
        "Custom": number;
        "BadMandatory": undefined;
        "MandatoryValidation": undefined;
        "BadSigner": undefined;
        "IndeterminateImplicit": undefined;
        "UnknownOrigin": undefined;
    }>;
    "Unknown": TransactionValidityUnknownTransaction;
}>;
export type TransactionValidityUnknownTransaction = Enum<{
    "CannotLookup": undefined;
    "NoUnsignedValidator": undefined;
    "Custom": number;
}>;
export declare const TransactionValidityUnknownTransaction: GetEnum<TransactionValidityUnknownTransaction>;
export type If7uv525tdvv7a = Array<[SizedHex<8>, Uint8Array]>;
export type I2an1fs2eiebjp = {
    "okay": boolean;
    "fatal_error": boolean;
    "errors": Anonymize<If7uv525tdvv7a>;
};
export type TransactionValidityTransactionSource = Enum<{
    "InBlock": undefined;
    "Local": undefined;
    "External": undefined;
}>;
export declare const TransactionValidityTransactionSource: GetEnum<TransactionValidityTransactionSource>;
export type I9ask1o4tfvcvs = ResultPayload<{
    "priority": bigint;
    "requires": Anonymize<Itom7fk49o0c9>;
    "provides": Anonymize<Itom7fk49o0c9>;
    "longevity": bigint;
    "propagate": boolean;
}, Anonymize<I5nrjkj9qumobs>>;
export type I4ph3d1eepnmr1 = {
    "keys": Uint8Array;
    "proof": Uint8Array;
};
export type Icerf8h8pdu8ss = (Array<[Uint8Array, SizedHex<4>]>) | undefined;
export type I6spmpef2c7svf = {
    "weight": Anonymize<I4q39t5hn830vp>;
    "class": DispatchClass;
    "partial_fee": bigint;
};
export type Iei2mvq0mjvt81 = {
    "inclusion_fee"?: ({
        "base_fee": bigint;
        "len_fee": bigint;
        "adjusted_weight_fee": bigint;
    }) | undefined;
    "tip": bigint;
};
export type Ic1d4u2opv3fst = {
    "upward_messages": Anonymize<Itom7fk49o0c9>;
    "horizontal_messages": Anonymize<I6r5cbv8ttrb09>;
    "new_validation_code"?: Anonymize<Iabpgqcjikia83>;
    "processed_downward_messages": number;
    "hrmp_watermark": number;
    "head_data": Uint8Array;
};
export type Iftvbctbo05fu4 = ResultPayload<Array<XcmVersionedAssetId>, Anonymize<Iavct6f844hfju>>;
export type Iavct6f844hfju = AnonymousEnum<{
    "Unimplemented": undefined;
    "VersionedConversionFailed": undefined;
    "WeightNotComputable": undefined;
    "UnhandledXcmVersion": undefined;
    "AssetNotFound": undefined;
    "Unroutable": undefined;
}>;
export type Ic0c3req3mlc1l = ResultPayload<Anonymize<I4q39t5hn830vp>, Anonymize<Iavct6f844hfju>>;
export type I7ocn4njqde3v5 = ResultPayload<bigint, Anonymize<Iavct6f844hfju>>;
export type Iek7ha36da9mf5 = ResultPayload<XcmVersionedAssets, Anonymize<Iavct6f844hfju>>;
export type I4ge31o2k57e7c = ResultPayload<{
    "execution_result": ResultPayload<Anonymize<Ia1u1r3n74r13c>, {
        "post_info": Anonymize<Ia1u1r3n74r13c>;
        "error": Anonymize<I2e7h8vec1rinm>;
    }>;
    "emitted_events": Anonymize<I849l8uk3iflc6>;
    "local_xcm"?: (XcmVersionedXcm) | undefined;
    "forwarded_xcms": Anonymize<Ialhmrpub9sefe>;
}, Anonymize<I55ku9c5gk50hb>>;
export type Ia1u1r3n74r13c = {
    "actual_weight"?: Anonymize<Iasb8k6ash5mjn>;
    "pays_fee": Anonymize<Iehg04bj71rkd>;
};
export type I849l8uk3iflc6 = Array<Anonymize<Iai42psvu09adv>>;
export type Ialhmrpub9sefe = Array<[XcmVersionedLocation, Array<XcmVersionedXcm>]>;
export type I55ku9c5gk50hb = AnonymousEnum<{
    "Unimplemented": undefined;
    "VersionedConversionFailed": undefined;
}>;
export type Ibv3d6avsmn63i = ResultPayload<{
    "execution_result": Anonymize<Ieqhmksji3pmv5>;
    "emitted_events": Anonymize<I849l8uk3iflc6>;
    "forwarded_xcms": Anonymize<Ialhmrpub9sefe>;
}, Anonymize<I55ku9c5gk50hb>>;
export type Ieh6nis3hdbtgi = ResultPayload<SS58String, Enum<{
    "Unsupported": undefined;
    "VersionedConversionFailed": undefined;
}>>;
export type XcmVersionedAsset = Enum<{
    "V3": Anonymize<Idcm24504c8bkk>;
    "V4": Anonymize<Ia5l7mu5a6v49o>;
    "V5": Anonymize<Iffh1nc5e1mod6>;
}>;
export declare const XcmVersionedAsset: GetEnum<XcmVersionedAsset>;
export type Icujp6hmv35vbn = ResultPayload<boolean, Enum<{
    "VersionedAssetConversionFailed": undefined;
    "VersionedLocationConversionFailed": undefined;
}>>;
export type I8v4orcom1lhf4 = Array<{
    "provider": SS58String;
    "provider_id": bigint;
    "status": Anonymize<Ida5e9bp9fpme>;
    "opened_at": number;
    "changed_at": number;
    "pointers": number;
}>;
export type Ia7q0g44jc8eu2 = Array<Enum<{
    "Relationship": {
        "provider": SS58String;
        "status": Anonymize<Ida5e9bp9fpme>;
    };
    "Invitation": Anonymize<Ie0jdrkrnbtc52>;
    "Shared": {
        "patient": SS58String;
        "updated": boolean;
    };
    "Emergency": {
        "patient": SS58String;
        "emergency": bigint;
        "provider": SS58String;
        "opened_by": SS58String;
        "reason": number;
    };
    "GuardianProposed": {
        "guardian": SS58String;
        "proposer": SS58String;
    };
    "GuardianAppointed": Anonymize<Ia55m6tmepi56v>;
}>>;
export type I91bc72iuhs42q = (Anonymize<I5pap7o8kd9jt5>) | undefined;
export type I5pap7o8kd9jt5 = {
    "id": bigint;
    "patient": bigint;
    "reference": SizedHex<16>;
    "category": number;
    "fields": bigint;
    "content_hash": SizedHex<32>;
    "updated_at": number;
};
export type I4dvv3s4u5mdk = ResultPayload<bigint, Anonymize<Iaopn0krrrs1ob>>;
export type Iaopn0krrrs1ob = AnonymousEnum<{
    "UnknownPatient": undefined;
    "UnknownPointer": undefined;
    "WrongPatient": undefined;
    "NoSuchFields": undefined;
    "Inactive": undefined;
    "NotValidAt": undefined;
    "NoGrant": undefined;
}>;
export type I91hokcufkp3ap = Array<{
    "id": bigint;
    "patient": SS58String;
    "grantee": Anonymize<I3v1jfmsct43nt>;
    "scope": Anonymize<I8ouuu1be0g8on>;
    "start": number;
    "expiry"?: Anonymize<I4arjljr6dpflb>;
    "purpose": number;
    "guardian"?: Anonymize<Ihfphjolmsqq1>;
    "emergency"?: Anonymize<I35p85j063s0il>;
}>;
export type I8s5sq5ng4n3d4 = Array<{
    "id": bigint;
    "provider": SS58String;
    "opened_by": SS58String;
    "reason": number;
    "opened_at": number;
    "grant": bigint;
}>;
export type I8jdi6dsuqi4lj = ([Anonymize<Icgljjb6j82uhn>, number]) | undefined;
export type Ib771ac12k9vl2 = ResultPayload<{
    "provider": SS58String;
    "pointer": Anonymize<I5pap7o8kd9jt5>;
    "fields": bigint;
    "at": number;
}, Anonymize<Iaopn0krrrs1ob>>;
export type I99n94ep4qkt5l = (Anonymize<I8bod5to34nqle>) | undefined;
export type I6mmi7blu3lk59 = Array<{
    "patient": SS58String;
    "powers": Anonymize<Ieflaqhk8fb1kd>;
    "until"?: Anonymize<I4arjljr6dpflb>;
    "appointed": boolean;
}>;
export type I9lefo7hq5e0dc = Array<Anonymize<I5pap7o8kd9jt5>>;
export type I4glqv407bt2s3 = {
    "answer": Anonymize<Ib771ac12k9vl2>;
    "holds_through"?: Anonymize<I4arjljr6dpflb>;
};
export type I2hqrujrc67cmr = AnonymousEnum<{
    "Some": {
        "patients": Anonymize<Ia2lhg7l2hilo3>;
        "viewers": Anonymize<Ia2lhg7l2hilo3>;
    };
    "Everything": {
        "code_changed": boolean;
    };
}>;
export type Ie9sr1iqcg3cgm = ResultPayload<undefined, string>;
export type I1mqgk2tmnn9i2 = (string) | undefined;
export type I6lr8sctk0bi4e = Array<string>;
export {};
