import { StorageDescriptor, PlainDescriptor, TxDescriptor, RuntimeDescriptor, Enum, ApisFromDef, QueryFromPalletsDef, TxFromPalletsDef, EventsFromPalletsDef, ErrorsFromPalletsDef, ConstFromPalletsDef, ViewFnsFromPalletsDef, SS58String, SizedHex, FixedSizeArray } from "polkadot-api";
import type { I5sesotjlssv2d, Iffmde3ekjedi9, I4mddgoa69c0a2, I89aoa89q5581l, I95g6i7ilua7lq, Ieniouoqkq4icf, Phase, Ibgl04rn6nbfm6, I4q39t5hn830vp, I8re9183nrhr3n, I1v7jbnil3tjns, I8jgj1nhcr2dg8, Ifn6q3equiq9qi, Ia3sb0vgvovhtg, Iav8k1edbj86k7, Itom7fk49o0c9, I4i91h98n3cv1b, I4iumukclgj8ej, Iqnbvitf7a7l3, I48i407regf59r, I6r5cbv8ttrb09, Inofn0qqbjtb9, I1q8tnt1cluu5j, I8ds64oj6581v0, Ia7pdug7cdsg8g, I3ittobh3r89el, I9bin2jc70qt6q, TransactionPaymentReleases, Ic5m5lp1oioo8r, Ieq13n11iu8got, Ifvqn3ldat80ai, I99bb69usss9gs, Ia2lhg7l2hilo3, Ifi4da1gej1fri, Iaboab6sji8k0d, Id5euearrustgp, I82jm9g7pufuel, I6cs1itejju2vv, Icgljjb6j82uhn, I5mpbmq1ooiq9i, I5g2vv0ckl2m8b, Ifup3lg9ro8a0f, I5qfubnuvrnqn6, I8t3u2dv73ahbd, I7vlvrrl2pnbgk, Ie0rpl5bahldfk, XcmPalletVersionMigrationStage, I7e5oaj2qi4kl1, Ie849h3gncgvok, Iat62vud7hlod2, Ict03eedr8de9s, Ici7ejds60vj52, XcmVersionedLocation, Idh2ug6ou4a8og, Iejeo53sea6n4q, I53esa2ms463bk, Ib4jhb8tt3uung, Ia8s6gkn3hk9mv, I9p9lq3rej5bhc, I9sbm1a1oam2bg, I6k013m11cqvlv, I6ouflveob4eli, If6ked01laa7nk, Iaskdek0kjt89d, Icajajqbhfed7n, I998pn8qvi5dsd, I3geksg000c171, Idju3rcqc39238, I7svnfko10tq2e, I8bod5to34nqle, I8stk2eeqd9bi5, I46jdivb1elhus, I200n1ov5tbcvr, Ic6sb1q11idafl, I7asqsfm6api7g, Iakm6etb22919r, I15a528t1r8an4, I4mbij8ajpfacu, Ia6p21741lm57g, I95l2k9b1re95f, I1osivtuf7giei, I9jd27rnpm8ttv, I1re0i76b1qmh6, I8d54mccf5mgn8, I2j729bmgsdiuo, If53m8kq5m1chf, I3qleq42bjocud, Iev2mdv8649drg, I5paokogd7ccbi, In7a38730s6qs, Ibtil0ss5munbk, I9s0ave7t0vnrk, I4fo08joqmcqnm, XcmV5Junctions, Iasb8k6ash5mjn, I8ofcg5rbj0g2c, I4adgbll7gku4i, I6pjjpfvhvcfru, I9pj91mj79qekl, I39uah9nss64h9, Ik64dknsq7k08, Ib51vk42m1po4n, Ial23jn8hp0aen, Ifpj261e8s63m3, Idcr6u6361oad9, I4ktuaksf5i1gk, I9bqtpv2ii35mp, I9j7pagd6d4bda, I2h9pmio37r7fb, Ibmr18suc9ikh9, I9iq22t0burs89, I5u8olqbbvfnvf, I5utcetro501ir, I38jfk5li8iang, I51q6ikt84lidr, I6afq3163gb8u5, I2dtrijkm5601t, I2ev73t79f46tb, Ib2obgji960euh, I59bngqm85b22v, I4u4n2na1l5uo7, I3c63j6sh3evqn, I8k3rnvpeeh4hv, I49dltma0epp7r, I31iiid8p4qjsl, Ie7b0h494g90e, Ifccifqltb5obi, Iadtsfv699cq8b, Ialpmgmhr3gk5r, I4cbvqmqadhrea, I3sdol54kg5jaq, I8fougodaj6di6, Ic63o97bh1lvro, I3vh014cqgmrfd, Ia5cotcvi888ln, I21jsa919m88fd, Iegif7m3upfe1k, I9kt8c221c83ln, Ic76kfh5ebqkpl, Icscpmubum33bq, I21d2olof7eb60, Ibgm4rnf22lal1, Ie68np0vpihith, I9bnv6lu0crf1q, Iauhjqifrdklq7, Ie1uso9m8rt5cf, I40pqum1mu8qg3, I1r4c2ghbtvjuc, Ifnle9hlv0vemi, Ifuorh9t990us0, I9q3tc3lh4rkhb, Id8d7a4nqebmb3, I13d4frugmcbjp, Ibq7615ugkue6o, Icnkovqnsjp8ph, Icq667kekh5d7a, I2eb501t8s6hsq, Ianmuoljk2sk1u, I4ttakk09k82rr, I33ml6esaa8mhp, I7j1atkng1ju6n, I26dlkokntnumj, Ia647qc1v1kokt, I8gllfhf08s6f3, Idukp69q96uqk7, I6nep8g3c4t15e, Idbfn87f1fq9l8, Idjiu7vp8ovdab, I5ijf8pa8h79iv, Idck5k6ru4godn, Idhlknhp7vndhp, Id9sjif2ghpo08, I1djfcecdlc6i9, Ie0jdrkrnbtc52, I2uolduhmhk38e, I667spv569ars8, I6qc0isk7k92t9, I3r9c3q80d5gq1, I9na8csiqgnth9, I8n84akcfjp4fg, I2gh41k65tqrj4, Ick76aqgdiop5j, Idrc5rhp5b9p0i, Ifiuao4p8sdn8t, Id29cgsn96pdgp, I6863a1u6mn9b, I3m4d3ugnltqjg, I1rhiku3u2ihbm, I4tssn762gd8s5, I42ieffrittp61, Ia55m6tmepi56v, I3mfk60vb1gj0u, Ieinuidojqh902, I9aec1tpebhel7, Ifc5t72cb6i90s, I9r5rnonck2p6j, Ib37ca11sokp40, I6al1n81n93b1t, I5aignto3n8bpm, I135v02v63m6p6, I8mqp9nn3643qm, Ia82mnkmeo2rhc, I6vedsuj12oqe1, I1jm8m1rh9e20v, Icbccs0ug47ilf, I855j4i3kr8ko1, I67g6ogqvrhtrj, Idd7hd99u0ho0n, Iafscmv8tjf0ou, I100l07kaehdlp, I6gnbnvip5vvdi, Icv68aq8841478, Ic262ibdoec56a, Iflcfm9b6nlmdd, Ijrsf4mnp3eka, Id5fm4p8lj5qgi, I8tjvj9uq4b7hi, I3qt1hgg4djhgb, I4fooe9dun9o0t, I151j43s81spsj, Ifvaliaqhl3r61, Ierjpnavpaehi1, Iph9c4rn81ub2, Ier2cke86dqbr2, Ift6f10887nk72, I7qc53b1tvqjg2, I1gn90n8s9m0dq, Iak7fhrgb9jnnq, I9ad1o9mv4cm3, Icaanar10ui2pa, I5rtkmhm2dng4u, I39t01nnod9109, I6v8sm60vvkmk7, I1qmtmbe5so8r3, Ih99m6ehpcar7, Idgorhsbgdq2ap, I9ubb2kqevnu6t, I2hq50pu2kdjpo, I9acqruh7322g2, I137t1cld92pod, I61d51nv4cou88, If8u5kl4h8070m, Ibmuil6p3vl83l, I7lul91g50ae87, Icl7nl1rfeog3i, Iasr6pj6shs0fl, I2uqmls7kcdnii, Idg69klialbkb8, I7r6b7145022pp, I30pg328m00nr3, Icmrn7bogp28cs, I7m9b5plj4h5ot, I9onhk772nfs4f, I3l6bnksrmt56r, Idh09k0l2pmdcg, I7uoiphbm0tj4r, I512p1n7qt24l8, I6s1nbislhk619, I3gghqnh2mj0is, I6iv852roh6t3h, I9oc2o6itbiopq, Ibslgga81p36aa, I1rvj4ubaplho0, Ia3uu7lqcc1q1i, I7crucfnonitkn, I7tmrp94r9sq4n, Ibu3pgk0d5i78d, Ipsr48nhkp4f, Id84q3vvv2hpn6, Ic9713ccr0rq7a, Icoqatenatcfnb, Ibapaee4djunc7, I2ur0oeqg495j8, I114s4fffuffbd, I1bhd210c3phjj, I74cgu8np39n0l, I25orvb54q88dl, Ib729ncvntj6ge, Icsmfeouh6gri7, Icj1c576oljupp, I2c8c7v4oadht4, I6v43d5vj613hc, I3ic5hfd4kg607, Iahtmcbmqi9gku, Ibohdp8n19jht9, Idgj2gjubad1q9, I111ppsg73h2uf, Ief1a9uupevkbv, Ie3almdr8kiuk4, I93gkjdqhvfmhd, I3q52sg1o0rk8a, I3qoc0fuq61dt7, Ia25flpuer3oo, I3b5bb37nmjsao, Iefg9oj496hb5l, I45851vt8bq7tc, I2oaal11fe8hbg, I1do2050at7fco, Id5si020gdf2o, Iei5idjnft7a7e, Ietc144h86oiab, Idplbmlvuts11f, I6tjn6aubvst32, I8kdb96hubnns6, I17i7bl7e5v2i9, I28i6v9ov1p6a0, I225m9baobku11, Iopa16vh6kmka, I5r8t4iaend96p, Ieb58ba27tkuu1, I4sut8eue4ivos, Ifl19kf0ds243k, Ihfphjolmsqq1, Iaqet9jc3ihboe, Ic952bubvq4k7d, I2v50gu3s1aqk6, Iabpgqcjikia83, I97noe7993a5hn, If7uv525tdvv7a, I2an1fs2eiebjp, TransactionValidityTransactionSource, I9ask1o4tfvcvs, I4ph3d1eepnmr1, Icerf8h8pdu8ss, I6spmpef2c7svf, Iei2mvq0mjvt81, Ic1d4u2opv3fst, Iftvbctbo05fu4, XcmVersionedXcm, Ic0c3req3mlc1l, XcmVersionedAssetId, I7ocn4njqde3v5, Iek7ha36da9mf5, Idm2781vtt3rc3, I4ge31o2k57e7c, Ibv3d6avsmn63i, Ieh6nis3hdbtgi, XcmVersionedAsset, Icujp6hmv35vbn, I8v4orcom1lhf4, Ia7q0g44jc8eu2, I91bc72iuhs42q, I4arjljr6dpflb, I4dvv3s4u5mdk, I91hokcufkp3ap, I8s5sq5ng4n3d4, I8jdi6dsuqi4lj, Ib771ac12k9vl2, I99n94ep4qkt5l, I6mmi7blu3lk59, I35p85j063s0il, I9lefo7hq5e0dc, I4glqv407bt2s3, I2hqrujrc67cmr, Ie9sr1iqcg3cgm, I1mqgk2tmnn9i2, I6lr8sctk0bi4e, I2e7h8vec1rinm } from "./common-types";
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
type IStorage = {
    System: {
        /**
         * The full account information for a particular account ID.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I5sesotjlssv2d>, false, never>;
        /**
         * Total extrinsics count for the current block.
         */
        ExtrinsicCount: StorageDescriptor<[], number, true, never>;
        /**
         * Whether all inherents have been applied.
         */
        InherentsApplied: StorageDescriptor<[], boolean, false, never>;
        /**
         * The current weight for the block.
         */
        BlockWeight: StorageDescriptor<[], Anonymize<Iffmde3ekjedi9>, false, never>;
        /**
         * Total size (in bytes) of the current block.
         *
         * Tracks the size of the header and all extrinsics.
         */
        BlockSize: StorageDescriptor<[], number, true, never>;
        /**
         * Map of block numbers to block hashes.
         */
        BlockHash: StorageDescriptor<[Key: number], SizedHex<32>, false, never>;
        /**
         * Extrinsics data for the current block (maps an extrinsic's index to its data).
         */
        ExtrinsicData: StorageDescriptor<[Key: number], Uint8Array, false, never>;
        /**
         * The current block number being processed. Set by `execute_block`.
         */
        Number: StorageDescriptor<[], number, false, never>;
        /**
         * Hash of the previous block.
         */
        ParentHash: StorageDescriptor<[], SizedHex<32>, false, never>;
        /**
         * Digest of the current block, also part of the block header.
         */
        Digest: StorageDescriptor<[], Anonymize<I4mddgoa69c0a2>, false, never>;
        /**
         * Events deposited for the current block.
         *
         * NOTE: The item is unbound and should therefore never be read on chain.
         * It could otherwise inflate the PoV size of a block.
         *
         * Events have a large in-memory size. Box the events to not go out-of-memory
         * just in case someone still reads them from within the runtime.
         */
        Events: StorageDescriptor<[], Anonymize<I89aoa89q5581l>, false, never>;
        /**
         * The number of events in the `Events<T>` list.
         */
        EventCount: StorageDescriptor<[], number, false, never>;
        /**
         * Mapping between a topic (represented by T::Hash) and a vector of indexes
         * of events in the `<Events<T>>` list.
         *
         * All topic vectors have deterministic storage locations depending on the topic. This
         * allows light-clients to leverage the changes trie storage tracking mechanism and
         * in case of changes fetch the list of events of interest.
         *
         * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
         * the `EventIndex` then in case if the topic has the same contents on the next block
         * no notification will be triggered thus the event might be lost.
         */
        EventTopics: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
         * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
         */
        LastRuntimeUpgrade: StorageDescriptor<[], Anonymize<Ieniouoqkq4icf>, true, never>;
        /**
         * Number of blocks till the pending code upgrade is applied.
         */
        BlocksTillUpgrade: StorageDescriptor<[], number, true, never>;
        /**
         * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
         */
        UpgradedToU32RefCount: StorageDescriptor<[], boolean, false, never>;
        /**
         * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
         * (default) if not.
         */
        UpgradedToTripleRefCount: StorageDescriptor<[], boolean, false, never>;
        /**
         * The execution phase of the block.
         */
        ExecutionPhase: StorageDescriptor<[], Phase, true, never>;
        /**
         * `Some` if a code upgrade has been authorized.
         */
        AuthorizedUpgrade: StorageDescriptor<[], Anonymize<Ibgl04rn6nbfm6>, true, never>;
        /**
         * The weight reclaimed for the extrinsic.
         *
         * This information is available until the end of the extrinsic execution.
         * More precisely this information is removed in `note_applied_extrinsic`.
         *
         * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
         * reduction.
         */
        ExtrinsicWeightReclaimed: StorageDescriptor<[], Anonymize<I4q39t5hn830vp>, false, never>;
    };
    ParachainSystem: {
        /**
         * The current block weight mode.
         *
         * This is used to determine what is the maximum allowed block weight, for more information see
         * [`block_weight`].
         *
         * Killed in [`Self::on_initialize`] and set by the [`block_weight`] logic.
         */
        BlockWeightMode: StorageDescriptor<[], Anonymize<I8re9183nrhr3n>, true, never>;
        /**
         * The core count available to the parachain in the previous block.
         *
         * This is mainly used for offchain functionality to calculate the correct target block weight.
         */
        PreviousCoreCount: StorageDescriptor<[], number, true, never>;
        /**
         * Latest included block descendants the runtime accepted. In other words, these are
         * ancestors of the currently executing block which have not been included in the observed
         * relay-chain state.
         *
         * The segment length is limited by the capacity returned from the [`ConsensusHook`] configured
         * in the pallet.
         */
        UnincludedSegment: StorageDescriptor<[], Anonymize<I1v7jbnil3tjns>, false, never>;
        /**
         * Storage field that keeps track of bandwidth used by the unincluded segment along with the
         * latest HRMP watermark. Used for limiting the acceptance of new blocks with
         * respect to relay chain constraints.
         */
        AggregatedUnincludedSegment: StorageDescriptor<[], Anonymize<I8jgj1nhcr2dg8>, true, never>;
        /**
         * In case of a scheduled upgrade, this storage field contains the validation code to be
         * applied.
         *
         * As soon as the relay chain gives us the go-ahead signal, we will overwrite the
         * [`:pending_code`][sp_core::storage::well_known_keys::PENDING_CODE] which will result the
         * next block to be processed with the new validation code. This concludes the upgrade process.
         */
        PendingValidationCode: StorageDescriptor<[], Uint8Array, false, never>;
        /**
         * Validation code that is set by the parachain and is to be communicated to collator and
         * consequently the relay-chain.
         *
         * This will be cleared in `on_initialize` of each new block if no other pallet already set
         * the value.
         */
        NewValidationCode: StorageDescriptor<[], Uint8Array, true, never>;
        /**
         * The [`PersistedValidationData`] set for this block.
         *
         * This value is expected to be set only once by the [`Pallet::set_validation_data`] inherent.
         */
        ValidationData: StorageDescriptor<[], Anonymize<Ifn6q3equiq9qi>, true, never>;
        /**
         * Were the validation data set to notify the relay chain?
         */
        DidSetValidationCode: StorageDescriptor<[], boolean, false, never>;
        /**
         * The relay chain block number associated with the last parachain block.
         *
         * This is updated in `on_finalize`.
         */
        LastRelayChainBlockNumber: StorageDescriptor<[], number, false, never>;
        /**
         * An option which indicates if the relay-chain restricts signalling a validation code upgrade.
         * In other words, if this is `Some` and [`NewValidationCode`] is `Some` then the produced
         * candidate will be invalid.
         *
         * This storage item is a mirror of the corresponding value for the current parachain from the
         * relay-chain. This value is ephemeral which means it doesn't hit the storage. This value is
         * set after the inherent.
         */
        UpgradeRestrictionSignal: StorageDescriptor<[], Anonymize<Ia3sb0vgvovhtg>, false, never>;
        /**
         * Optional upgrade go-ahead signal from the relay-chain.
         *
         * This storage item is a mirror of the corresponding value for the current parachain from the
         * relay-chain. This value is ephemeral which means it doesn't hit the storage. This value is
         * set after the inherent.
         */
        UpgradeGoAhead: StorageDescriptor<[], Anonymize<Iav8k1edbj86k7>, false, never>;
        /**
         * The state proof for the last relay parent block.
         *
         * This field is meant to be updated each block with the validation data inherent. Therefore,
         * before processing of the inherent, e.g. in `on_initialize` this data may be stale.
         *
         * This data is also absent from the genesis.
         */
        RelayStateProof: StorageDescriptor<[], Anonymize<Itom7fk49o0c9>, true, never>;
        /**
         * The snapshot of some state related to messaging relevant to the current parachain as per
         * the relay parent.
         *
         * This field is meant to be updated each block with the validation data inherent. Therefore,
         * before processing of the inherent, e.g. in `on_initialize` this data may be stale.
         *
         * This data is also absent from the genesis.
         */
        RelevantMessagingState: StorageDescriptor<[], Anonymize<I4i91h98n3cv1b>, true, never>;
        /**
         * The parachain host configuration that was obtained from the relay parent.
         *
         * This field is meant to be updated each block with the validation data inherent. Therefore,
         * before processing of the inherent, e.g. in `on_initialize` this data may be stale.
         *
         * This data is also absent from the genesis.
         */
        HostConfiguration: StorageDescriptor<[], Anonymize<I4iumukclgj8ej>, true, never>;
        /**
         * The last downward message queue chain head we have observed.
         *
         * This value is loaded before and saved after processing inbound downward messages carried
         * by the system inherent.
         */
        LastDmqMqcHead: StorageDescriptor<[], SizedHex<32>, false, never>;
        /**
         * The message queue chain heads we have observed per each channel incoming channel.
         *
         * This value is loaded before and saved after processing inbound downward messages carried
         * by the system inherent.
         */
        LastHrmpMqcHeads: StorageDescriptor<[], Anonymize<Iqnbvitf7a7l3>, false, never>;
        /**
         * Number of downward messages processed in a block.
         *
         * This will be cleared in `on_initialize` of each new block.
         */
        ProcessedDownwardMessages: StorageDescriptor<[], number, false, never>;
        /**
         * The last processed downward message.
         *
         * We need to keep track of this to filter the messages that have been already processed.
         */
        LastProcessedDownwardMessage: StorageDescriptor<[], Anonymize<I48i407regf59r>, true, never>;
        /**
         * HRMP watermark that was set in a block.
         */
        HrmpWatermark: StorageDescriptor<[], number, false, never>;
        /**
         * The last processed HRMP message.
         *
         * We need to keep track of this to filter the messages that have been already processed.
         */
        LastProcessedHrmpMessage: StorageDescriptor<[], Anonymize<I48i407regf59r>, true, never>;
        /**
         * HRMP messages that were sent in a block.
         *
         * This will be cleared in `on_initialize` of each new block.
         */
        HrmpOutboundMessages: StorageDescriptor<[], Anonymize<I6r5cbv8ttrb09>, false, never>;
        /**
         * Upward messages that were sent in a block.
         *
         * This will be cleared in `on_initialize` for each new block.
         */
        UpwardMessages: StorageDescriptor<[], Anonymize<Itom7fk49o0c9>, false, never>;
        /**
         * Upward messages that are still pending and not yet sent to the relay chain.
         */
        PendingUpwardMessages: StorageDescriptor<[], Anonymize<Itom7fk49o0c9>, false, never>;
        /**
         * Upward signals that are still pending and not yet sent to the relay chain.
         *
         * This will be cleared in `on_finalize` for each block.
         */
        PendingUpwardSignals: StorageDescriptor<[], Anonymize<Itom7fk49o0c9>, false, never>;
        /**
         * The approved peer id to be sent as a UMP signal on the last block of the PoV.
         */
        PendingApprovedPeer: StorageDescriptor<[], Uint8Array, true, never>;
        /**
         * The factor to multiply the base delivery fee by for UMP.
         */
        UpwardDeliveryFeeFactor: StorageDescriptor<[], bigint, false, never>;
        /**
         * The number of HRMP messages we observed in `on_initialize` and thus used that number for
         * announcing the weight of `on_initialize` and `on_finalize`.
         */
        AnnouncedHrmpMessagesPerCandidate: StorageDescriptor<[], number, false, never>;
        /**
         * The weight we reserve at the beginning of the block for processing XCMP messages. This
         * overrides the amount set in the Config trait.
         */
        ReservedXcmpWeightOverride: StorageDescriptor<[], Anonymize<I4q39t5hn830vp>, true, never>;
        /**
         * The weight we reserve at the beginning of the block for processing DMP messages. This
         * overrides the amount set in the Config trait.
         */
        ReservedDmpWeightOverride: StorageDescriptor<[], Anonymize<I4q39t5hn830vp>, true, never>;
        /**
         * A custom head data that should be returned as result of `validate_block`.
         *
         * See `Pallet::set_custom_validation_head_data` for more information.
         */
        CustomValidationHeadData: StorageDescriptor<[], Uint8Array, true, never>;
        /**
         * Tracks cumulative `UMP` and `HRMP` messages sent across blocks in the current `PoV`.
         *
         * Across different candidates/PoVs the budgets are tracked by [`AggregatedUnincludedSegment`].
         */
        PoVMessagesTracker: StorageDescriptor<[], Anonymize<Inofn0qqbjtb9>, true, never>;
    };
    Timestamp: {
        /**
         * The current time for the current block.
         */
        Now: StorageDescriptor<[], bigint, false, never>;
        /**
         * Whether the timestamp has been updated in this block.
         *
         * This value is updated to `true` upon successful submission of a timestamp by a node.
         * It is then checked at the end of each block execution in the `on_finalize` hook.
         */
        DidUpdate: StorageDescriptor<[], boolean, false, never>;
    };
    ParachainInfo: {
        /**
        
         */
        ParachainId: StorageDescriptor<[], number, false, never>;
    };
    Balances: {
        /**
         * The total units issued in the system.
         */
        TotalIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The total units of outstanding deactivated balance in the system.
         *
         * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
         * reduced independently of this value, including while a reversible imbalance is outstanding.
         * Active issuance is therefore derived using saturating subtraction.
         */
        InactiveIssuance: StorageDescriptor<[], bigint, false, never>;
        /**
         * The Balances pallet example of storing the balance of an account.
         *
         * # Example
         *
         * ```nocompile
         * impl pallet_balances::Config for Runtime {
         * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
         * }
         * ```
         *
         * You can also store the balance of an account in the `System` pallet.
         *
         * # Example
         *
         * ```nocompile
         * impl pallet_balances::Config for Runtime {
         * type AccountStore = System
         * }
         * ```
         *
         * But this comes with tradeoffs, storing account balances in the system pallet stores
         * `frame_system` data alongside the account data contrary to storing account balances in the
         * `Balances` pallet, which uses a `StorageMap` to store balances data only.
         * NOTE: This is only used in the case that this pallet is used to store balances.
         */
        Account: StorageDescriptor<[Key: SS58String], Anonymize<I1q8tnt1cluu5j>, false, never>;
        /**
         * Any liquidity locks on some account balances.
         * NOTE: Should only be accessed when setting, changing and freeing a lock.
         *
         * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        Locks: StorageDescriptor<[Key: SS58String], Anonymize<I8ds64oj6581v0>, false, never>;
        /**
         * Named reserves on some account balances.
         *
         * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        Reserves: StorageDescriptor<[Key: SS58String], Anonymize<Ia7pdug7cdsg8g>, false, never>;
        /**
         * Holds on account balances.
         */
        Holds: StorageDescriptor<[Key: SS58String], Anonymize<I3ittobh3r89el>, false, never>;
        /**
         * Freeze locks on account balances.
         */
        Freezes: StorageDescriptor<[Key: SS58String], Anonymize<I9bin2jc70qt6q>, false, never>;
    };
    TransactionPayment: {
        /**
        
         */
        NextFeeMultiplier: StorageDescriptor<[], bigint, false, never>;
        /**
        
         */
        StorageVersion: StorageDescriptor<[], TransactionPaymentReleases, false, never>;
        /**
         * The `OnChargeTransaction` stores the withdrawn tx fee here.
         *
         * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
         */
        TxPaymentCredit: StorageDescriptor<[], bigint, true, never>;
    };
    Consortium: {
        /**
         * The hashes of the active proposals.
         */
        Proposals: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * Actual proposal for a given hash, if it's current.
         */
        ProposalOf: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Ieq13n11iu8got>, true, never>;
        /**
         * Consideration cost created for publishing and storing a proposal.
         *
         * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
         * the proposal count at the time of creation was below threshold N).
         */
        CostOf: StorageDescriptor<[Key: SizedHex<32>], Anonymize<Ifvqn3ldat80ai>, true, never>;
        /**
         * Votes on a given proposal, if it is ongoing.
         */
        Voting: StorageDescriptor<[Key: SizedHex<32>], Anonymize<I99bb69usss9gs>, true, never>;
        /**
         * Proposals so far.
         */
        ProposalCount: StorageDescriptor<[], number, false, never>;
        /**
         * The current members of the collective. This is stored sorted (just by value).
         */
        Members: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * The prime member that helps determine the default vote behavior in case of abstentions.
         */
        Prime: StorageDescriptor<[], SS58String, true, never>;
    };
    ConsortiumMembership: {
        /**
         * The current membership, stored as an ordered Vec.
         */
        Members: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * The current prime member, if one exists.
         */
        Prime: StorageDescriptor<[], SS58String, true, never>;
    };
    Sudo: {
        /**
         * The `AccountId` of the sudo key.
         */
        Key: StorageDescriptor<[], SS58String, true, never>;
    };
    Authorship: {
        /**
         * Author of current block.
         */
        Author: StorageDescriptor<[], SS58String, true, never>;
    };
    CollatorSelection: {
        /**
         * The invulnerable, permissioned collators. This list must be sorted.
         */
        Invulnerables: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * The (community, limited) collation candidates. `Candidates` and `Invulnerables` should be
         * mutually exclusive.
         *
         * This list is sorted in ascending order by deposit and when the deposits are equal, the least
         * recently updated is considered greater.
         */
        CandidateList: StorageDescriptor<[], Anonymize<Ifi4da1gej1fri>, false, never>;
        /**
         * Last block authored by collator.
         */
        LastAuthoredBlock: StorageDescriptor<[Key: SS58String], number, false, never>;
        /**
         * Desired number of candidates.
         *
         * This should ideally always be less than [`Config::MaxCandidates`] for weights to be correct.
         */
        DesiredCandidates: StorageDescriptor<[], number, false, never>;
        /**
         * Fixed amount to deposit to become a collator.
         *
         * When a collator calls `leave_intent` they immediately receive the deposit back.
         */
        CandidacyBond: StorageDescriptor<[], bigint, false, never>;
    };
    Session: {
        /**
         * The current set of validators.
         */
        Validators: StorageDescriptor<[], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * Current index of the session.
         */
        CurrentIndex: StorageDescriptor<[], number, false, never>;
        /**
         * True if the underlying economic identities or weighting behind the validators
         * has changed in the queued validator set.
         */
        QueuedChanged: StorageDescriptor<[], boolean, false, never>;
        /**
         * The queued keys for the next session. When the next session begins, these keys
         * will be used to determine the validator's session keys.
         */
        QueuedKeys: StorageDescriptor<[], Anonymize<Iaboab6sji8k0d>, false, never>;
        /**
         * Indices of disabled validators.
         *
         * The vec is always kept sorted so that we can find whether a given validator is
         * disabled using binary search. It gets cleared when `on_session_ending` returns
         * a new set of identities.
         */
        DisabledValidators: StorageDescriptor<[], Anonymize<I95g6i7ilua7lq>, false, never>;
        /**
         * The next session keys for a validator.
         */
        NextKeys: StorageDescriptor<[Key: SS58String], Anonymize<Id5euearrustgp>, true, never>;
        /**
         * The owner of a key. The key is the `KeyTypeId` + the encoded key.
         */
        KeyOwner: StorageDescriptor<[Key: Anonymize<I82jm9g7pufuel>], SS58String, true, never>;
        /**
         * Accounts whose keys were set via `SessionInterface` (external path) without
         * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
         * only decrements consumers for accounts that were registered through the local
         * session pallet.
         */
        ExternallySetKeys: StorageDescriptor<[Key: SS58String], null, true, never>;
    };
    Aura: {
        /**
         * The current authority set.
         */
        Authorities: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * The current slot of this block.
         *
         * This will be set in `on_initialize`.
         */
        CurrentSlot: StorageDescriptor<[], bigint, false, never>;
    };
    AuraExt: {
        /**
         * Serves as cache for the authorities.
         *
         * The authorities in AuRa are overwritten in `on_initialize` when we switch to a new session,
         * but we require the old authorities to verify the seal when validating a PoV. This will
         * always be updated to the latest AuRa authorities in `on_finalize`.
         */
        Authorities: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * Current relay chain slot paired with a number of authored blocks.
         *
         * This is updated in [`FixedVelocityConsensusHook::on_state_proof`] with the current relay
         * chain slot as provided by the relay chain state proof.
         */
        RelaySlotInfo: StorageDescriptor<[], Anonymize<I6cs1itejju2vv>, true, never>;
    };
    AuthorityDiscovery: {
        /**
         * Keys of the current authority set.
         */
        Keys: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
        /**
         * Keys of the next authority set.
         */
        NextKeys: StorageDescriptor<[], Anonymize<Ic5m5lp1oioo8r>, false, never>;
    };
    XcmpQueue: {
        /**
         * The suspended inbound XCMP channels. All others are not suspended.
         *
         * This is a `StorageValue` instead of a `StorageMap` since we expect multiple reads per block
         * to different keys with a one byte payload. The access to `BoundedBTreeSet` will be cached
         * within the block and therefore only included once in the proof size.
         *
         * NOTE: The PoV benchmarking cannot know this and will over-estimate, but the actual proof
         * will be smaller.
         */
        InboundXcmpSuspended: StorageDescriptor<[], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
         * The non-empty XCMP channels in order of becoming non-empty, and the index of the first
         * and last outbound message. If the two indices are equal, then it indicates an empty
         * queue and there must be a non-`Ok` `OutboundStatus`. We assume queues grow no greater
         * than 65535 items. Queue indices for normal messages begin at one; zero is reserved in
         * case of the need to send a high-priority signal message this block.
         * The bool is true if there is a signal message waiting to be sent.
         */
        OutboundXcmpStatus: StorageDescriptor<[], Anonymize<I5mpbmq1ooiq9i>, false, never>;
        /**
         * The messages outbound in a given XCMP channel.
         */
        OutboundXcmpMessages: StorageDescriptor<Anonymize<I5g2vv0ckl2m8b>, Uint8Array, false, never>;
        /**
         * Any signal messages waiting to be sent.
         */
        SignalMessages: StorageDescriptor<[Key: number], Uint8Array, false, never>;
        /**
         * The configuration which controls the dynamics of the outbound queue.
         */
        QueueConfig: StorageDescriptor<[], Anonymize<Ifup3lg9ro8a0f>, false, never>;
        /**
         * Whether or not the XCMP queue is suspended from executing incoming XCMs or not.
         */
        QueueSuspended: StorageDescriptor<[], boolean, false, never>;
        /**
         * The factor to multiply the base delivery fee by.
         */
        DeliveryFeeFactor: StorageDescriptor<[Key: number], bigint, false, never>;
    };
    PolkadotXcm: {
        /**
         * The latest available query index.
         */
        QueryCounter: StorageDescriptor<[], bigint, false, never>;
        /**
         * The ongoing queries.
         */
        Queries: StorageDescriptor<[Key: bigint], Anonymize<I5qfubnuvrnqn6>, true, never>;
        /**
         * The existing asset traps.
         *
         * Key is the blake2 256 hash of (origin, versioned `Assets`) pair. Value is the number of
         * times this pair has been trapped (usually just 1 if it exists at all).
         */
        AssetTraps: StorageDescriptor<[Key: SizedHex<32>], number, false, never>;
        /**
         * Default version to encode XCM when latest version of destination is unknown. If `None`,
         * then the destinations whose XCM version is unknown are considered unreachable.
         */
        SafeXcmVersion: StorageDescriptor<[], number, true, never>;
        /**
         * The Latest versions that we know various locations support.
         */
        SupportedVersion: StorageDescriptor<Anonymize<I8t3u2dv73ahbd>, number, true, never>;
        /**
         * All locations that we have requested version notifications from.
         */
        VersionNotifiers: StorageDescriptor<Anonymize<I8t3u2dv73ahbd>, bigint, true, never>;
        /**
         * The target locations that are subscribed to our version changes, as well as the most recent
         * of our versions we informed them of.
         */
        VersionNotifyTargets: StorageDescriptor<Anonymize<I8t3u2dv73ahbd>, Anonymize<I7vlvrrl2pnbgk>, true, never>;
        /**
         * Destinations whose latest XCM version we would like to know. Duplicates not allowed, and
         * the `u32` counter is the number of times that a send to the destination has been attempted,
         * which is used as a prioritization.
         */
        VersionDiscoveryQueue: StorageDescriptor<[], Anonymize<Ie0rpl5bahldfk>, false, never>;
        /**
         * The current migration's stage, if any.
         */
        CurrentMigration: StorageDescriptor<[], XcmPalletVersionMigrationStage, true, never>;
        /**
         * Fungible assets which we know are locked on a remote chain.
         */
        RemoteLockedFungibles: StorageDescriptor<Anonymize<Ie849h3gncgvok>, Anonymize<I7e5oaj2qi4kl1>, true, never>;
        /**
         * Fungible assets which we know are locked on this chain.
         */
        LockedFungibles: StorageDescriptor<[Key: SS58String], Anonymize<Iat62vud7hlod2>, true, never>;
        /**
         * Global suspension state of the XCM executor.
         */
        XcmExecutionSuspended: StorageDescriptor<[], boolean, false, never>;
        /**
         * Whether or not incoming XCMs (both executed locally and received) should be recorded.
         * Only one XCM program will be recorded at a time.
         * This is meant to be used in runtime APIs, and it's advised it stays false
         * for all other use cases, so as to not degrade regular performance.
         *
         * Only relevant if this pallet is being used as the [`xcm_executor::traits::RecordXcm`]
         * implementation in the XCM executor configuration.
         */
        ShouldRecordXcm: StorageDescriptor<[], boolean, false, never>;
        /**
         * If [`ShouldRecordXcm`] is set to true, then the last XCM program executed locally
         * will be stored here.
         * Runtime APIs can fetch the XCM that was executed by accessing this value.
         *
         * Only relevant if this pallet is being used as the [`xcm_executor::traits::RecordXcm`]
         * implementation in the XCM executor configuration.
         */
        RecordedXcm: StorageDescriptor<[], Anonymize<Ict03eedr8de9s>, true, never>;
        /**
         * Map of authorized aliasers of local origins. Each local location can authorize a list of
         * other locations to alias into it. Each aliaser is only valid until its inner `expiry`
         * block number.
         */
        AuthorizedAliases: StorageDescriptor<[Key: XcmVersionedLocation], Anonymize<Ici7ejds60vj52>, true, never>;
    };
    MessageQueue: {
        /**
         * The index of the first and last (non-empty) pages.
         */
        BookStateFor: StorageDescriptor<[Key: Anonymize<Iejeo53sea6n4q>], Anonymize<Idh2ug6ou4a8og>, false, never>;
        /**
         * The origin at which we should begin servicing.
         */
        ServiceHead: StorageDescriptor<[], Anonymize<Iejeo53sea6n4q>, true, never>;
        /**
         * The map of page indices to pages.
         */
        Pages: StorageDescriptor<Anonymize<Ib4jhb8tt3uung>, Anonymize<I53esa2ms463bk>, true, never>;
    };
    Proxy: {
        /**
         * The set of account proxies. Maps the account which has delegated to the accounts
         * which are being delegated to, together with the amount held on deposit.
         */
        Proxies: StorageDescriptor<[Key: SS58String], Anonymize<Ia8s6gkn3hk9mv>, false, never>;
        /**
         * The announcements made by the proxy (key).
         */
        Announcements: StorageDescriptor<[Key: SS58String], Anonymize<I9p9lq3rej5bhc>, false, never>;
    };
    Recovery: {
        /**
         * The friend groups of an account that can conduct recovery attempts.
         *
         * Modifying this storage is not possible while an account has ongoing recovery attempts.
         */
        FriendGroups: StorageDescriptor<[Key: SS58String], Anonymize<I9sbm1a1oam2bg>, true, never>;
        /**
         * Ongoing recovery attempts of a lost account indexed by `(lost, friend_group)`.
         */
        Attempt: StorageDescriptor<Anonymize<I6ouflveob4eli>, Anonymize<I6k013m11cqvlv>, true, never>;
        /**
         * The account that inherited full access to a lost account after successful recovery.
         *
         * The key is the lost account and the value is the inheritor account.
         *
         * NOTE: This could be a multisig or proxy account
         */
        Inheritor: StorageDescriptor<[Key: SS58String], Anonymize<If6ked01laa7nk>, true, never>;
    };
    Registrar: {
        /**
         * Every registered participant.
         */
        Participants: StorageDescriptor<[Key: SS58String], Anonymize<Iaskdek0kjt89d>, true, never>;
        /**
         * The participant number the next new account gets.
         */
        NextParticipantId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Each account's card: its participant number (kept when a participant leaves, so that
         * coming back restores their number and whatever other pallets keep under it; moved by
         * rotation) and the groups it is in, with the block it joined each and whether the
         * group's owner is an active provider. What an access decision needs to know of a
         * viewer, in one read.
         */
        Cards: StorageDescriptor<[Key: SS58String], Anonymize<Icajajqbhfed7n>, true, never>;
        /**
         * The account holding each participant number.
         */
        AccountOf: StorageDescriptor<[Key: bigint], SS58String, true, never>;
        /**
         * Providers' public profiles.
         */
        ProviderProfiles: StorageDescriptor<[Key: SS58String], Anonymize<I998pn8qvi5dsd>, true, never>;
        /**
         * The account each identifier hash belongs to.
         */
        IdentifierOwner: StorageDescriptor<[Key: SizedHex<32>], SS58String, true, never>;
        /**
         * The identifier hashes of each account, and the deposit each holds.
         */
        IdentifiersOf: StorageDescriptor<[Key: SS58String], Anonymize<I3geksg000c171>, false, never>;
        /**
         * The id the next group gets.
         */
        NextGroupId: StorageDescriptor<[], number, false, never>;
        /**
         * Every group.
         */
        Groups: StorageDescriptor<[Key: number], Anonymize<Idju3rcqc39238>, true, never>;
        /**
         * Group membership, for one-read membership checks and for finding a group's members
         * when it is dissolved or its owner's standing changes. When a member joined is kept in
         * the member's [`Cards`] entry only.
         */
        GroupMembers: StorageDescriptor<Anonymize<I7svnfko10tq2e>, null, true, never>;
        /**
         * The groups each provider manages.
         */
        GroupsOwnedBy: StorageDescriptor<[Key: SS58String], Anonymize<Icgljjb6j82uhn>, false, never>;
        /**
         * Each provider's receipt anchors, by provider number and anchor index. Kept forever:
         * they are the audit trail patients verify their receipts against.
         */
        ReceiptAnchors: StorageDescriptor<Anonymize<I6cs1itejju2vv>, Anonymize<I8bod5to34nqle>, true, never>;
        /**
         * What each provider has anchored so far.
         */
        AnchorTotalsOf: StorageDescriptor<[Key: bigint], Anonymize<I8stk2eeqd9bi5>, false, never>;
    };
    Relationships: {
        /**
         * Every relationship, by patient then provider: a patient's summary is one prefix.
         */
        RelationshipsOf: StorageDescriptor<Anonymize<I200n1ov5tbcvr>, Anonymize<I46jdivb1elhus>, true, never>;
        /**
         * How many relationships each patient has, to bound them.
         */
        RelationshipCount: StorageDescriptor<[Key: bigint], number, false, never>;
        /**
         * Patients' invitations, by provider then patient: a provider's inbox is one prefix.
         */
        Invitations: StorageDescriptor<Anonymize<I200n1ov5tbcvr>, null, true, never>;
        /**
         * Each relationship's pointers, newest first: a page of them is one prefix read from any
         * pointer on.
         */
        PointersOf: StorageDescriptor<Anonymize<Ic6sb1q11idafl>, null, true, never>;
        /**
         * Each provider's pointers by reference, so that a reference is published once and a
         * gatekeeper finds what it published in one read.
         */
        PointerByReference: StorageDescriptor<Anonymize<I7asqsfm6api7g>, bigint, true, never>;
        /**
         * Relationships that ended while holding more pointers than one call removes: how many are
         * left, by patient then provider. Removed in idle time or by `reap`; the pair cannot open a
         * new relationship until they are gone.
         */
        Ending: StorageDescriptor<Anonymize<I200n1ov5tbcvr>, number, true, never>;
        /**
         * The id the next pointer gets.
         */
        NextPointerId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every pointer, chain-wide, so that an access decision reads one item.
         */
        Pointers: StorageDescriptor<[Key: bigint], Anonymize<Iakm6etb22919r>, true, never>;
        /**
         * The viewer side of the summary: for each viewer, the patients who share with them.
         */
        SharedWith: StorageDescriptor<Anonymize<I4mbij8ajpfacu>, Anonymize<I15a528t1r8an4>, true, never>;
        /**
         * The viewer-side entries not acknowledged yet (whether the viewer had acknowledged
         * earlier sharing): a viewer's notifications are a prefix of this, however many patients
         * share with them.
         */
        SharedPending: StorageDescriptor<Anonymize<I4mbij8ajpfacu>, boolean, true, never>;
    };
    Permissions: {
        /**
         * Each patient's sharing: their grants, guardians and active relationships, in the one
         * item an access decision reads. Made on the patient's first grant, guardian or active
         * relationship, and kept.
         */
        PatientSharing: StorageDescriptor<[Key: bigint], Anonymize<Ia6p21741lm57g>, true, never>;
        /**
         * The patients each account is a guardian of: what a guardian's wallet lists.
         */
        Wards: StorageDescriptor<Anonymize<I95l2k9b1re95f>, null, true, never>;
        /**
         * Guardians providers proposed to each patient, waiting for the patient's answer.
         */
        GuardianProposals: StorageDescriptor<[Key: bigint], Anonymize<I1osivtuf7giei>, false, never>;
        /**
         * Providers certified for emergency access.
         */
        EmergencyCertified: StorageDescriptor<[Key: bigint], null, true, never>;
        /**
         * Each provider's emergency accesses in its current window: the window's first block and
         * the count.
         */
        EmergencyUse: StorageDescriptor<[Key: bigint], Anonymize<I9jd27rnpm8ttv>, true, never>;
        /**
         * The id the next emergency access gets.
         */
        NextEmergencyId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Emergency accesses not yet accepted by their patient, or contested and not yet closed.
         */
        Emergencies: StorageDescriptor<[Key: bigint], Anonymize<I1re0i76b1qmh6>, true, never>;
        /**
         * Each patient's emergency accesses awaiting review: the patient's and guardians' inbox.
         */
        PendingReviews: StorageDescriptor<Anonymize<I200n1ov5tbcvr>, null, true, never>;
        /**
         * Contested emergency accesses, for the consortium.
         */
        ContestedEmergencies: StorageDescriptor<[Key: bigint], null, true, never>;
    };
    Research: {
        /**
         * The parameters in force; the default until the consortium sets them.
         */
        Params: StorageDescriptor<[], Anonymize<I8d54mccf5mgn8>, true, never>;
        /**
         * The researcher each bound collator account mines for, and the deposit it holds.
         */
        ResearcherOf: StorageDescriptor<[Key: SS58String], Anonymize<I2j729bmgsdiuo>, true, never>;
        /**
         * The collators bound to each researcher.
         */
        CollatorsOf: StorageDescriptor<[Key: bigint], Anonymize<Ia2lhg7l2hilo3>, false, never>;
        /**
         * Each researcher's credits.
         */
        CreditsOf: StorageDescriptor<[Key: bigint], bigint, false, never>;
        /**
         * Every credit ever minted by authorship.
         */
        Minted: StorageDescriptor<[], bigint, false, never>;
        /**
         * Every credit ever spent on an answered request.
         */
        Spent: StorageDescriptor<[], bigint, false, never>;
        /**
         * The id the next bounty query gets.
         */
        NextBountyId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Bounty queries.
         */
        Bounties: StorageDescriptor<[Key: bigint], Anonymize<If53m8kq5m1chf>, true, never>;
        /**
         * The id the next request gets.
         */
        NextRequestId: StorageDescriptor<[], bigint, false, never>;
        /**
         * Open research requests.
         */
        Requests: StorageDescriptor<[Key: bigint], Anonymize<I3qleq42bjocud>, true, never>;
        /**
         * Patients' research consent: the categories each patient opted in to, with the deposit.
         */
        ConsentOf: StorageDescriptor<[Key: bigint], Anonymize<Iev2mdv8649drg>, true, never>;
        /**
         * Providers' release policies.
         */
        Policies: StorageDescriptor<[Key: bigint], Anonymize<I5paokogd7ccbi>, true, never>;
        /**
         * The cohort bound: for each provider, how many patients have an active relationship with
         * it and consent to research in at least one category. No answer may cover more. Absent
         * for none.
         */
        ConsentingPatientsOf: StorageDescriptor<[Key: bigint], number, false, never>;
    };
};
type ICalls = {
    System: {
        /**
         * Make some on-chain remark.
         *
         * Can be executed by every `origin`.
         */
        remark: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Set the number of pages in the WebAssembly environment's heap.
         */
        set_heap_pages: TxDescriptor<Anonymize<I4adgbll7gku4i>>;
        /**
         * Set the new runtime code.
         */
        set_code: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
        /**
         * Set the new runtime code without doing any checks of the given `code`.
         *
         * Note that runtime upgrades will not run if this is called with a not-increasing spec
         * version!
         */
        set_code_without_checks: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
        /**
         * Set some items of storage.
         */
        set_storage: TxDescriptor<Anonymize<I9pj91mj79qekl>>;
        /**
         * Kill some items from storage.
         */
        kill_storage: TxDescriptor<Anonymize<I39uah9nss64h9>>;
        /**
         * Kill all storage items with a key that starts with the given prefix.
         *
         * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
         * the prefix we are removing to accurately calculate the weight of this function.
         */
        kill_prefix: TxDescriptor<Anonymize<Ik64dknsq7k08>>;
        /**
         * Make some on-chain remark and emit event.
         */
        remark_with_event: TxDescriptor<Anonymize<I8ofcg5rbj0g2c>>;
        /**
         * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
         * later.
         *
         * This call requires Root origin.
         */
        authorize_upgrade: TxDescriptor<Anonymize<Ib51vk42m1po4n>>;
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
        authorize_upgrade_without_checks: TxDescriptor<Anonymize<Ib51vk42m1po4n>>;
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
        apply_authorized_upgrade: TxDescriptor<Anonymize<I6pjjpfvhvcfru>>;
    };
    ParachainSystem: {
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
        set_validation_data: TxDescriptor<Anonymize<Ial23jn8hp0aen>>;
        /**
        
         */
        sudo_send_upward_message: TxDescriptor<Anonymize<Ifpj261e8s63m3>>;
    };
    Timestamp: {
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
        set: TxDescriptor<Anonymize<Idcr6u6361oad9>>;
    };
    Balances: {
        /**
         * Transfer some liquid free balance to another account.
         *
         * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
         * If the sender's account is below the existential deposit as a result
         * of the transfer, the account will be reaped.
         *
         * The dispatch origin for this call must be `Signed` by the transactor.
         */
        transfer_allow_death: TxDescriptor<Anonymize<I4ktuaksf5i1gk>>;
        /**
         * Exactly as `transfer_allow_death`, except the origin must be root and the source account
         * may be specified.
         */
        force_transfer: TxDescriptor<Anonymize<I9bqtpv2ii35mp>>;
        /**
         * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
         * kill the origin account.
         *
         * 99% of the time you want [`transfer_allow_death`] instead.
         *
         * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
         */
        transfer_keep_alive: TxDescriptor<Anonymize<I4ktuaksf5i1gk>>;
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
        transfer_all: TxDescriptor<Anonymize<I9j7pagd6d4bda>>;
        /**
         * Unreserve some balance from a user by force.
         *
         * Can only be called by ROOT.
         */
        force_unreserve: TxDescriptor<Anonymize<I2h9pmio37r7fb>>;
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
        upgrade_accounts: TxDescriptor<Anonymize<Ibmr18suc9ikh9>>;
        /**
         * Set the regular balance of a given account.
         *
         * The dispatch origin for this call is `root`.
         */
        force_set_balance: TxDescriptor<Anonymize<I9iq22t0burs89>>;
        /**
         * Adjust the total issuance in a saturating way.
         *
         * Can only be called by root and always needs a positive `delta`.
         *
         * # Example
         */
        force_adjust_total_issuance: TxDescriptor<Anonymize<I5u8olqbbvfnvf>>;
        /**
         * Burn the specified liquid free balance from the origin account.
         *
         * If the origin's account ends up below the existential deposit as a result
         * of the burn and `keep_alive` is false, the account will be reaped.
         *
         * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
         * this `burn` operation will reduce total issuance by the amount _burned_.
         */
        burn: TxDescriptor<Anonymize<I5utcetro501ir>>;
    };
    Consortium: {
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
        set_members: TxDescriptor<Anonymize<I38jfk5li8iang>>;
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
        execute: TxDescriptor<Anonymize<I51q6ikt84lidr>>;
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
        propose: TxDescriptor<Anonymize<I6afq3163gb8u5>>;
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
        vote: TxDescriptor<Anonymize<I2dtrijkm5601t>>;
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
        disapprove_proposal: TxDescriptor<Anonymize<I2ev73t79f46tb>>;
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
        close: TxDescriptor<Anonymize<Ib2obgji960euh>>;
        /**
         * Disapprove the proposal and burn the cost held for storing this proposal.
         *
         * Parameters:
         * - `origin`: must be the `KillOrigin`.
         * - `proposal_hash`: The hash of the proposal that should be killed.
         *
         * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
         */
        kill: TxDescriptor<Anonymize<I2ev73t79f46tb>>;
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
        release_proposal_cost: TxDescriptor<Anonymize<I2ev73t79f46tb>>;
    };
    ConsortiumMembership: {
        /**
         * Add a member `who` to the set.
         *
         * May only be called from `T::AddOrigin`.
         */
        add_member: TxDescriptor<Anonymize<I59bngqm85b22v>>;
        /**
         * Remove a member `who` from the set.
         *
         * May only be called from `T::RemoveOrigin`.
         */
        remove_member: TxDescriptor<Anonymize<I59bngqm85b22v>>;
        /**
         * Swap out one member `remove` for another `add`.
         *
         * May only be called from `T::SwapOrigin`.
         *
         * Prime membership is *not* passed from `remove` to `add`, if extant.
         */
        swap_member: TxDescriptor<Anonymize<I4u4n2na1l5uo7>>;
        /**
         * Change the membership to a new set, disregarding the existing membership. Be nice and
         * pass `members` pre-sorted.
         *
         * May only be called from `T::ResetOrigin`.
         */
        reset_members: TxDescriptor<Anonymize<I3c63j6sh3evqn>>;
        /**
         * Swap out the sending member for some other key `new`.
         *
         * May only be called from `Signed` origin of a current member.
         *
         * Prime membership is passed from the origin account to `new`, if extant.
         */
        change_key: TxDescriptor<Anonymize<I8k3rnvpeeh4hv>>;
        /**
         * Set the prime member. Must be a current member.
         *
         * May only be called from `T::PrimeOrigin`.
         */
        set_prime: TxDescriptor<Anonymize<I59bngqm85b22v>>;
        /**
         * Remove the prime member if it exists.
         *
         * May only be called from `T::PrimeOrigin`.
         */
        clear_prime: TxDescriptor<undefined>;
    };
    Sudo: {
        /**
         * Authenticates the sudo key and dispatches a function call with `Root` origin.
         */
        sudo: TxDescriptor<Anonymize<I49dltma0epp7r>>;
        /**
         * Authenticates the sudo key and dispatches a function call with `Root` origin.
         * This function does not check the weight of the call, and instead allows the
         * Sudo user to specify the weight of the call.
         *
         * The dispatch origin for this call must be _Signed_.
         */
        sudo_unchecked_weight: TxDescriptor<Anonymize<I31iiid8p4qjsl>>;
        /**
         * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
         * key.
         */
        set_key: TxDescriptor<Anonymize<I8k3rnvpeeh4hv>>;
        /**
         * Authenticates the sudo key and dispatches a function call with `Signed` origin from
         * a given account.
         *
         * The dispatch origin for this call must be _Signed_.
         */
        sudo_as: TxDescriptor<Anonymize<Ie7b0h494g90e>>;
        /**
         * Permanently removes the sudo key.
         *
         * **This cannot be un-done.**
         */
        remove_key: TxDescriptor<undefined>;
    };
    ConsortiumRoot: {
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
        dispatch_as_root: TxDescriptor<Anonymize<I49dltma0epp7r>>;
    };
    CollatorSelection: {
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
        set_invulnerables: TxDescriptor<Anonymize<Ifccifqltb5obi>>;
        /**
         * Set the ideal number of non-invulnerable collators. If lowering this number, then the
         * number of running collators could be higher than this figure. Aside from that edge case,
         * there should be no other way to have more candidates than the desired number.
         *
         * The origin for this call must be the `UpdateOrigin`.
         */
        set_desired_candidates: TxDescriptor<Anonymize<Iadtsfv699cq8b>>;
        /**
         * Set the candidacy bond amount.
         *
         * If the candidacy bond is increased by this call, all current candidates which have a
         * deposit lower than the new bond will be kicked from the list and get their deposits
         * back.
         *
         * The origin for this call must be the `UpdateOrigin`.
         */
        set_candidacy_bond: TxDescriptor<Anonymize<Ialpmgmhr3gk5r>>;
        /**
         * Register this account as a collator candidate. The account must (a) already have
         * registered session keys and (b) be able to reserve the `CandidacyBond`.
         *
         * This call is not available to `Invulnerable` collators.
         */
        register_as_candidate: TxDescriptor<undefined>;
        /**
         * Deregister `origin` as a collator candidate. Note that the collator can only leave on
         * session change. The `CandidacyBond` will be unreserved immediately.
         *
         * This call will fail if the total number of candidates would drop below
         * `MinEligibleCollators`.
         */
        leave_intent: TxDescriptor<undefined>;
        /**
         * Add a new account `who` to the list of `Invulnerables` collators. `who` must have
         * registered session keys. If `who` is a candidate, they will be removed.
         *
         * The origin for this call must be the `UpdateOrigin`.
         */
        add_invulnerable: TxDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
         * Remove an account `who` from the list of `Invulnerables` collators. `Invulnerables` must
         * be sorted.
         *
         * The origin for this call must be the `UpdateOrigin`.
         */
        remove_invulnerable: TxDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
         * Update the candidacy bond of collator candidate `origin` to a new amount `new_deposit`.
         *
         * Setting a `new_deposit` that is lower than the current deposit while `origin` is
         * occupying a top-`DesiredCandidates` slot is not allowed.
         *
         * This call will fail if `origin` is not a collator candidate, the updated bond is lower
         * than the minimum candidacy bond, and/or the amount cannot be reserved.
         */
        update_bond: TxDescriptor<Anonymize<I3sdol54kg5jaq>>;
        /**
         * The caller `origin` replaces a candidate `target` in the collator candidate list by
         * reserving `deposit`. The amount `deposit` reserved by the caller must be greater than
         * the existing bond of the target it is trying to replace.
         *
         * This call will fail if the caller is already a collator candidate or invulnerable, the
         * caller does not have registered session keys, the target is not a collator candidate,
         * and/or the `deposit` amount cannot be reserved.
         */
        take_candidate_slot: TxDescriptor<Anonymize<I8fougodaj6di6>>;
    };
    Session: {
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
        set_keys: TxDescriptor<Anonymize<Ic63o97bh1lvro>>;
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
        purge_keys: TxDescriptor<undefined>;
    };
    XcmpQueue: {
        /**
         * Suspends all XCM executions for the XCMP queue, regardless of the sender's origin.
         *
         * - `origin`: Must pass `ControllerOrigin`.
         */
        suspend_xcm_execution: TxDescriptor<undefined>;
        /**
         * Resumes all XCM executions for the XCMP queue.
         *
         * Note that this function doesn't change the status of the in/out bound channels.
         *
         * - `origin`: Must pass `ControllerOrigin`.
         */
        resume_xcm_execution: TxDescriptor<undefined>;
        /**
         * Overwrites the number of pages which must be in the queue for the other side to be
         * told to suspend their sending.
         *
         * - `origin`: Must pass `Root`.
         * - `new`: Desired value for `QueueConfigData.suspend_value`
         */
        update_suspend_threshold: TxDescriptor<Anonymize<I3vh014cqgmrfd>>;
        /**
         * Overwrites the number of pages which must be in the queue after which we drop any
         * further messages from the channel.
         *
         * - `origin`: Must pass `Root`.
         * - `new`: Desired value for `QueueConfigData.drop_threshold`
         */
        update_drop_threshold: TxDescriptor<Anonymize<I3vh014cqgmrfd>>;
        /**
         * Overwrites the number of pages which the queue must be reduced to before it signals
         * that message sending may recommence after it has been suspended.
         *
         * - `origin`: Must pass `Root`.
         * - `new`: Desired value for `QueueConfigData.resume_threshold`
         */
        update_resume_threshold: TxDescriptor<Anonymize<I3vh014cqgmrfd>>;
    };
    PolkadotXcm: {
        /**
        
         */
        send: TxDescriptor<Anonymize<Ia5cotcvi888ln>>;
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
        teleport_assets: TxDescriptor<Anonymize<I21jsa919m88fd>>;
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
        reserve_transfer_assets: TxDescriptor<Anonymize<I21jsa919m88fd>>;
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
        execute: TxDescriptor<Anonymize<Iegif7m3upfe1k>>;
        /**
         * Extoll that a particular destination can be communicated with through a particular
         * version of XCM.
         *
         * - `origin`: Must be an origin specified by AdminOrigin.
         * - `location`: The destination that is being described.
         * - `xcm_version`: The latest version of XCM that `location` supports.
         */
        force_xcm_version: TxDescriptor<Anonymize<I9kt8c221c83ln>>;
        /**
         * Set a safe XCM version (the version that XCM should be encoded with if the most recent
         * version a destination can accept is unknown).
         *
         * - `origin`: Must be an origin specified by AdminOrigin.
         * - `maybe_xcm_version`: The default XCM encoding version, or `None` to disable.
         */
        force_default_xcm_version: TxDescriptor<Anonymize<Ic76kfh5ebqkpl>>;
        /**
         * Ask a location to notify us regarding their XCM version and any changes to it.
         *
         * - `origin`: Must be an origin specified by AdminOrigin.
         * - `location`: The location to which we should subscribe for XCM version notifications.
         */
        force_subscribe_version_notify: TxDescriptor<Anonymize<Icscpmubum33bq>>;
        /**
         * Require that a particular destination should no longer notify us regarding any XCM
         * version changes.
         *
         * - `origin`: Must be an origin specified by AdminOrigin.
         * - `location`: The location to which we are currently subscribed for XCM version
         * notifications which we no longer desire.
         */
        force_unsubscribe_version_notify: TxDescriptor<Anonymize<Icscpmubum33bq>>;
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
        limited_reserve_transfer_assets: TxDescriptor<Anonymize<I21d2olof7eb60>>;
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
        limited_teleport_assets: TxDescriptor<Anonymize<I21d2olof7eb60>>;
        /**
         * Set or unset the global suspension state of the XCM executor.
         *
         * - `origin`: Must be an origin specified by AdminOrigin.
         * - `suspended`: `true` to suspend, `false` to resume.
         */
        force_suspension: TxDescriptor<Anonymize<Ibgm4rnf22lal1>>;
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
        transfer_assets: TxDescriptor<Anonymize<I21d2olof7eb60>>;
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
        claim_assets: TxDescriptor<Anonymize<Ie68np0vpihith>>;
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
        transfer_assets_using_type_and_then: TxDescriptor<Anonymize<I9bnv6lu0crf1q>>;
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
        add_authorized_alias: TxDescriptor<Anonymize<Iauhjqifrdklq7>>;
        /**
         * Remove a previously authorized `aliaser` from the list of locations that can alias into
         * the local `origin` making this call.
         */
        remove_authorized_alias: TxDescriptor<Anonymize<Ie1uso9m8rt5cf>>;
        /**
         * Remove all previously authorized `aliaser`s that can alias into the local `origin`
         * making this call.
         */
        remove_all_authorized_aliases: TxDescriptor<undefined>;
    };
    MessageQueue: {
        /**
         * Remove a page which has no more messages remaining to be processed or is stale.
         */
        reap_page: TxDescriptor<Anonymize<I40pqum1mu8qg3>>;
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
        execute_overweight: TxDescriptor<Anonymize<I1r4c2ghbtvjuc>>;
    };
    Utility: {
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
        batch: TxDescriptor<Anonymize<Ifnle9hlv0vemi>>;
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
        as_derivative: TxDescriptor<Anonymize<Ifuorh9t990us0>>;
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
        batch_all: TxDescriptor<Anonymize<Ifnle9hlv0vemi>>;
        /**
         * Dispatches a function call with a provided origin.
         *
         * The dispatch origin for this call must be _Root_.
         *
         * ## Complexity
         * - O(1).
         */
        dispatch_as: TxDescriptor<Anonymize<I9q3tc3lh4rkhb>>;
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
        force_batch: TxDescriptor<Anonymize<Ifnle9hlv0vemi>>;
        /**
         * Dispatch a function call with a specified weight.
         *
         * This function does not check the weight of the call, and instead allows the
         * Root origin to specify the weight of the call.
         *
         * The dispatch origin for this call must be _Root_.
         */
        with_weight: TxDescriptor<Anonymize<I31iiid8p4qjsl>>;
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
        if_else: TxDescriptor<Anonymize<Id8d7a4nqebmb3>>;
        /**
         * Dispatches a function call with a provided origin.
         *
         * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
         *
         * The dispatch origin for this call must be _Root_.
         */
        dispatch_as_fallible: TxDescriptor<Anonymize<I9q3tc3lh4rkhb>>;
    };
    Proxy: {
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
        proxy: TxDescriptor<Anonymize<I13d4frugmcbjp>>;
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
        add_proxy: TxDescriptor<Anonymize<Ibq7615ugkue6o>>;
        /**
         * Unregister a proxy account for the sender.
         *
         * The dispatch origin for this call must be _Signed_.
         *
         * Parameters:
         * - `proxy`: The account that the `caller` would like to remove as a proxy.
         * - `proxy_type`: The permissions currently enabled for the removed proxy account.
         */
        remove_proxy: TxDescriptor<Anonymize<Ibq7615ugkue6o>>;
        /**
         * Unregister all proxy accounts for the sender.
         *
         * The dispatch origin for this call must be _Signed_.
         *
         * WARNING: This may be called on accounts created by `create_pure`, however if done, then
         * the unreserved fees will be inaccessible. **All access to this account will be lost.**
         */
        remove_proxies: TxDescriptor<undefined>;
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
        create_pure: TxDescriptor<Anonymize<Icnkovqnsjp8ph>>;
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
        kill_pure: TxDescriptor<Anonymize<Icq667kekh5d7a>>;
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
        announce: TxDescriptor<Anonymize<I2eb501t8s6hsq>>;
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
        remove_announcement: TxDescriptor<Anonymize<I2eb501t8s6hsq>>;
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
        reject_announcement: TxDescriptor<Anonymize<Ianmuoljk2sk1u>>;
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
        proxy_announced: TxDescriptor<Anonymize<I4ttakk09k82rr>>;
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
        poke_deposit: TxDescriptor<undefined>;
    };
    Recovery: {
        /**
         * Allows the inheritor of a recovered account to control it.
         *
         * The controller is not allowed to dispatch calls of the recovery pallet. Otherwise they
         * could mess with the recovery configuration and possibly cancel or slash attempts from
         * higher-priority friend groups.
         */
        control_inherited_account: TxDescriptor<Anonymize<I33ml6esaa8mhp>>;
        /**
         * Revoke the inheritor of the calling (lost) account.
         *
         * This removes the inheritor entry and refunds the inheritor deposit. Can only be called
         * by the lost account itself after it regains access.
         */
        revoke_inheritor: TxDescriptor<undefined>;
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
        set_friend_groups: TxDescriptor<Anonymize<I7j1atkng1ju6n>>;
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
        initiate_attempt: TxDescriptor<Anonymize<I26dlkokntnumj>>;
        /**
         * Approve the recovery for a lost account.
         *
         * Must be called by a friend of the friend group that the recovery attempt belongs to that
         * did not yet vote. Voting is only allowed until the threshold is reached.
         * `finish_attempt` should be called after the last friend voted.
         */
        approve_attempt: TxDescriptor<Anonymize<I26dlkokntnumj>>;
        /**
         * Finish a recovery attempt and make the lost account accessible from the inheritor.
         *
         * Can be called by anyone who is willing to pay for the inheritor deposit.
         */
        finish_attempt: TxDescriptor<Anonymize<I26dlkokntnumj>>;
        /**
         * The lost account can cancel an attempt at any moment; the initiator, only after a delay.
         *
         * This will release the security deposit back to the initiator. The cancel delay must be
         * respected if the initiator calls it to prevent it from front-running the lost account
         * from slashing the attempt.
         */
        cancel_attempt: TxDescriptor<Anonymize<I26dlkokntnumj>>;
        /**
         * Slash a malicious recovery attempt and burn the security deposit of the initiator.
         */
        slash_attempt: TxDescriptor<Anonymize<Ia647qc1v1kokt>>;
    };
    Registrar: {
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
        register_patient: TxDescriptor<undefined>;
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
        deregister: TxDescriptor<undefined>;
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
        admit: TxDescriptor<Anonymize<I8gllfhf08s6f3>>;
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
        revoke_role: TxDescriptor<Anonymize<I8gllfhf08s6f3>>;
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
        suspend: TxDescriptor<Anonymize<Idukp69q96uqk7>>;
        /**
         * Lifts `who`'s suspension.
         *
         * ## Dispatch Origin
         * [`Config::AdmitOrigin`]: the consortium.
         *
         * ## Events
         * [`Event::Reinstated`].
         */
        reinstate: TxDescriptor<Anonymize<I4cbvqmqadhrea>>;
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
        set_provider_profile: TxDescriptor<Anonymize<I6nep8g3c4t15e>>;
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
        force_set_provider_profile: TxDescriptor<Anonymize<Idbfn87f1fq9l8>>;
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
        bind_identifier: TxDescriptor<Anonymize<Idjiu7vp8ovdab>>;
        /**
         * Releases the caller's `identifier` and its deposit.
         *
         * ## Dispatch Origin
         * Signed by the account the identifier is bound to.
         *
         * ## Events
         * [`Event::IdentifierUnbound`].
         */
        unbind_identifier: TxDescriptor<Anonymize<Idjiu7vp8ovdab>>;
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
        create_group: TxDescriptor<undefined>;
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
        add_group_member: TxDescriptor<Anonymize<I5ijf8pa8h79iv>>;
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
        remove_group_member: TxDescriptor<Anonymize<I5ijf8pa8h79iv>>;
        /**
         * Dissolves `group`, removing its members and releasing its deposits.
         *
         * ## Dispatch Origin
         * Signed by the group's owner, also while it is suspended or no longer a provider.
         *
         * ## Events
         * [`Event::GroupMemberRemoved`] per member, [`Event::GroupDissolved`].
         */
        dissolve_group: TxDescriptor<Anonymize<Idck5k6ru4godn>>;
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
        rotate_account: TxDescriptor<Anonymize<Idhlknhp7vndhp>>;
        /**
         * Moves `old`'s registration to `new`, for a participant who lost its key.
         *
         * ## Dispatch Origin
         * [`Config::AdmitOrigin`]: the consortium.
         *
         * ## Events
         * [`Event::AccountRotated`].
         */
        force_rotate_account: TxDescriptor<Anonymize<Id9sjif2ghpo08>>;
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
        anchor_receipts: TxDescriptor<Anonymize<I1djfcecdlc6i9>>;
    };
    Relationships: {
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
        open_relationship: TxDescriptor<Anonymize<Ie0jdrkrnbtc52>>;
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
        invite_provider: TxDescriptor<Anonymize<I2uolduhmhk38e>>;
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
        add_pointer: TxDescriptor<Anonymize<I667spv569ars8>>;
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
        update_pointer: TxDescriptor<Anonymize<I6qc0isk7k92t9>>;
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
        remove_pointer: TxDescriptor<Anonymize<I3r9c3q80d5gq1>>;
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
        acknowledge: TxDescriptor<Anonymize<I2uolduhmhk38e>>;
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
        reject: TxDescriptor<Anonymize<I2uolduhmhk38e>>;
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
        terminate: TxDescriptor<Anonymize<I9na8csiqgnth9>>;
        /**
         * Marks what `patient` shares with the caller as seen.
         *
         * ## Dispatch Origin
         * Signed by the viewer.
         *
         * ## Events
         * [`Event::SharedAcknowledged`].
         */
        acknowledge_shared: TxDescriptor<Anonymize<Ie0jdrkrnbtc52>>;
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
        reap: TxDescriptor<Anonymize<I8n84akcfjp4fg>>;
    };
    Permissions: {
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
        grant: TxDescriptor<Anonymize<I2gh41k65tqrj4>>;
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
        revoke: TxDescriptor<Anonymize<Ick76aqgdiop5j>>;
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
        remove_expired: TxDescriptor<Anonymize<Ick76aqgdiop5j>>;
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
        add_guardian: TxDescriptor<Anonymize<Idrc5rhp5b9p0i>>;
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
        appoint_guardian: TxDescriptor<Anonymize<Ifiuao4p8sdn8t>>;
        /**
         * Ends a guardianship: the patient's veto, or the guardian's resignation.
         *
         * ## Dispatch Origin
         * Signed by the patient or the guardian.
         *
         * ## Events
         * [`Event::GuardianRemoved`].
         */
        remove_guardian: TxDescriptor<Anonymize<Id29cgsn96pdgp>>;
        /**
         * Certifies `provider` for emergency access, or withdraws the certification.
         *
         * ## Dispatch Origin
         * [`Config::ConsortiumOrigin`].
         *
         * ## Events
         * [`Event::EmergencyCertificationSet`].
         */
        certify_emergency: TxDescriptor<Anonymize<I6863a1u6mn9b>>;
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
        break_glass: TxDescriptor<Anonymize<I3m4d3ugnltqjg>>;
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
        review_emergency: TxDescriptor<Anonymize<I1rhiku3u2ihbm>>;
        /**
         * Closes a contested emergency access after the consortium has looked into it.
         *
         * ## Dispatch Origin
         * [`Config::ConsortiumOrigin`].
         *
         * ## Events
         * [`Event::EmergencyClosed`].
         */
        close_contested: TxDescriptor<Anonymize<I4tssn762gd8s5>>;
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
        propose_guardian: TxDescriptor<Anonymize<I42ieffrittp61>>;
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
        accept_guardian: TxDescriptor<Anonymize<Ia55m6tmepi56v>>;
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
        decline_guardian: TxDescriptor<Anonymize<Id29cgsn96pdgp>>;
    };
    Research: {
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
        bind_collator: TxDescriptor<Anonymize<I3mfk60vb1gj0u>>;
        /**
         * Unbinds `collator` from its researcher.
         *
         * ## Dispatch Origin
         * Signed by the collator's account or by its researcher.
         *
         * ## Events
         * [`Event::CollatorUnbound`].
         */
        unbind_collator: TxDescriptor<Anonymize<Ieinuidojqh902>>;
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
        submit_bounty_query: TxDescriptor<Anonymize<I9aec1tpebhel7>>;
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
        answer_bounty_query: TxDescriptor<Anonymize<Ifc5t72cb6i90s>>;
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
        request_aggregate: TxDescriptor<Anonymize<I9r5rnonck2p6j>>;
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
        answer_request: TxDescriptor<Anonymize<Ib37ca11sokp40>>;
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
        expire_request: TxDescriptor<Anonymize<I6al1n81n93b1t>>;
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
        set_consent: TxDescriptor<Anonymize<I5aignto3n8bpm>>;
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
        set_release_policy: TxDescriptor<Anonymize<I135v02v63m6p6>>;
        /**
         * Sets the research-mining parameters.
         *
         * ## Dispatch Origin
         * [`Config::ConsortiumOrigin`].
         *
         * ## Events
         * [`Event::ParametersSet`].
         */
        set_parameters: TxDescriptor<Anonymize<I8mqp9nn3643qm>>;
    };
};
type IEvent = {
    System: {
        /**
         * An extrinsic completed successfully.
         */
        ExtrinsicSuccess: PlainDescriptor<Anonymize<Ia82mnkmeo2rhc>>;
        /**
         * An extrinsic failed.
         */
        ExtrinsicFailed: PlainDescriptor<Anonymize<I6vedsuj12oqe1>>;
        /**
         * `:code` was updated to the code with the given hash.
         */
        CodeUpdated: PlainDescriptor<Anonymize<I1jm8m1rh9e20v>>;
        /**
         * A new account was created.
         */
        NewAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * An account was reaped.
         */
        KilledAccount: PlainDescriptor<Anonymize<Icbccs0ug47ilf>>;
        /**
         * On on-chain remark happened.
         */
        Remarked: PlainDescriptor<Anonymize<I855j4i3kr8ko1>>;
        /**
         * An upgrade was authorized.
         */
        UpgradeAuthorized: PlainDescriptor<Anonymize<Ibgl04rn6nbfm6>>;
        /**
         * An invalid authorized upgrade was rejected while trying to apply it.
         */
        RejectedInvalidAuthorizedUpgrade: PlainDescriptor<Anonymize<I67g6ogqvrhtrj>>;
    };
    ParachainSystem: {
        /**
         * The validation function has been scheduled to apply.
         */
        ValidationFunctionStored: PlainDescriptor<undefined>;
        /**
         * The validation function was applied as of the contained relay chain block number.
         */
        ValidationFunctionApplied: PlainDescriptor<Anonymize<Idd7hd99u0ho0n>>;
        /**
         * The relay-chain aborted the upgrade process.
         */
        ValidationFunctionDiscarded: PlainDescriptor<undefined>;
        /**
         * Some downward messages have been received and will be processed.
         */
        DownwardMessagesReceived: PlainDescriptor<Anonymize<Iafscmv8tjf0ou>>;
        /**
         * Downward messages were processed using the given weight.
         */
        DownwardMessagesProcessed: PlainDescriptor<Anonymize<I100l07kaehdlp>>;
        /**
         * An upward message was sent to the relay chain.
         */
        UpwardMessageSent: PlainDescriptor<Anonymize<I6gnbnvip5vvdi>>;
    };
    Balances: {
        /**
         * An account was created with some free balance.
         */
        Endowed: PlainDescriptor<Anonymize<Icv68aq8841478>>;
        /**
         * An account was removed whose balance was non-zero but below ExistentialDeposit,
         * resulting in an outright loss.
         */
        DustLost: PlainDescriptor<Anonymize<Ic262ibdoec56a>>;
        /**
         * Transfer succeeded.
         */
        Transfer: PlainDescriptor<Anonymize<Iflcfm9b6nlmdd>>;
        /**
         * A balance was set by root.
         */
        BalanceSet: PlainDescriptor<Anonymize<Ijrsf4mnp3eka>>;
        /**
         * Some balance was reserved (moved from free to reserved).
         */
        Reserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was unreserved (moved from reserved to free).
         */
        Unreserved: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was moved from the reserve of the first account to the second account.
         * Final argument indicates the destination balance type.
         */
        ReserveRepatriated: PlainDescriptor<Anonymize<I8tjvj9uq4b7hi>>;
        /**
         * Some amount was deposited (e.g. for transaction fees).
         */
        Deposit: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was withdrawn from the account (e.g. for transaction fees).
         */
        Withdraw: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was removed from the account (e.g. for misbehavior).
         */
        Slashed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was minted into an account.
         */
        Minted: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some credit was balanced and added to the TotalIssuance.
         */
        MintedCredit: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some amount was burned from an account.
         */
        Burned: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some debt has been dropped from the Total Issuance.
         */
        BurnedDebt: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some amount was suspended from an account (it can be restored later).
         */
        Suspended: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some amount was restored into an account.
         */
        Restored: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * An account was upgraded.
         */
        Upgraded: PlainDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
         * Total issuance was increased by `amount`, creating a credit to be balanced.
         */
        Issued: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Total issuance was decreased by `amount`, creating a debt to be balanced.
         */
        Rescinded: PlainDescriptor<Anonymize<I3qt1hgg4djhgb>>;
        /**
         * Some balance was locked.
         */
        Locked: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was unlocked.
         */
        Unlocked: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was frozen.
         */
        Frozen: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * Some balance was thawed.
         */
        Thawed: PlainDescriptor<Anonymize<Id5fm4p8lj5qgi>>;
        /**
         * The `TotalIssuance` was forcefully changed.
         */
        TotalIssuanceForced: PlainDescriptor<Anonymize<I4fooe9dun9o0t>>;
        /**
         * Some balance was placed on hold.
         */
        Held: PlainDescriptor<Anonymize<I151j43s81spsj>>;
        /**
         * Held balance was burned from an account.
         */
        BurnedHeld: PlainDescriptor<Anonymize<I151j43s81spsj>>;
        /**
         * A transfer of `amount` on hold from `source` to `dest` was initiated.
         */
        TransferOnHold: PlainDescriptor<Anonymize<Ifvaliaqhl3r61>>;
        /**
         * The `transferred` balance is placed on hold at the `dest` account.
         */
        TransferAndHold: PlainDescriptor<Anonymize<Ierjpnavpaehi1>>;
        /**
         * Some balance was released from hold.
         */
        Released: PlainDescriptor<Anonymize<I151j43s81spsj>>;
        /**
         * An unexpected/defensive event was triggered.
         */
        Unexpected: PlainDescriptor<Anonymize<Iph9c4rn81ub2>>;
    };
    TransactionPayment: {
        /**
         * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
         * has been paid by `who`.
         */
        TransactionFeePaid: PlainDescriptor<Anonymize<Ier2cke86dqbr2>>;
    };
    Consortium: {
        /**
         * A motion (given hash) has been proposed (by given account) with a threshold (given
         * `MemberCount`).
         */
        Proposed: PlainDescriptor<Anonymize<Ift6f10887nk72>>;
        /**
         * A motion (given hash) has been voted on by given account, leaving
         * a tally (yes votes and no votes given respectively as `MemberCount`).
         */
        Voted: PlainDescriptor<Anonymize<I7qc53b1tvqjg2>>;
        /**
         * A motion was approved by the required threshold.
         */
        Approved: PlainDescriptor<Anonymize<I2ev73t79f46tb>>;
        /**
         * A motion was not approved by the required threshold.
         */
        Disapproved: PlainDescriptor<Anonymize<I2ev73t79f46tb>>;
        /**
         * A motion was executed; result will be `Ok` if it returned without error.
         */
        Executed: PlainDescriptor<Anonymize<I1gn90n8s9m0dq>>;
        /**
         * A single member did some action; result will be `Ok` if it returned without error.
         */
        MemberExecuted: PlainDescriptor<Anonymize<I1gn90n8s9m0dq>>;
        /**
         * A proposal was closed because its threshold was reached or after its duration was up.
         */
        Closed: PlainDescriptor<Anonymize<Iak7fhrgb9jnnq>>;
        /**
         * A proposal was killed.
         */
        Killed: PlainDescriptor<Anonymize<I2ev73t79f46tb>>;
        /**
         * Some cost for storing a proposal was burned.
         */
        ProposalCostBurned: PlainDescriptor<Anonymize<I9ad1o9mv4cm3>>;
        /**
         * Some cost for storing a proposal was released.
         */
        ProposalCostReleased: PlainDescriptor<Anonymize<I9ad1o9mv4cm3>>;
    };
    ConsortiumMembership: {
        /**
         * The given member was added; see the transaction for who.
         */
        MemberAdded: PlainDescriptor<undefined>;
        /**
         * The given member was removed; see the transaction for who.
         */
        MemberRemoved: PlainDescriptor<undefined>;
        /**
         * Two members were swapped; see the transaction for who.
         */
        MembersSwapped: PlainDescriptor<undefined>;
        /**
         * The membership was reset; see the transaction for who the new set is.
         */
        MembersReset: PlainDescriptor<undefined>;
        /**
         * One of the members' keys changed.
         */
        KeyChanged: PlainDescriptor<undefined>;
        /**
         * Phantom member, never used.
         */
        Dummy: PlainDescriptor<undefined>;
    };
    Sudo: {
        /**
         * A sudo call just took place.
         */
        Sudid: PlainDescriptor<Anonymize<Icaanar10ui2pa>>;
        /**
         * The sudo key has been updated.
         */
        KeyChanged: PlainDescriptor<Anonymize<I5rtkmhm2dng4u>>;
        /**
         * The key was permanently removed.
         */
        KeyRemoved: PlainDescriptor<undefined>;
        /**
         * A [sudo_as](Pallet::sudo_as) call just took place.
         */
        SudoAsDone: PlainDescriptor<Anonymize<Icaanar10ui2pa>>;
    };
    CollatorSelection: {
        /**
         * New Invulnerables were set.
         */
        NewInvulnerables: PlainDescriptor<Anonymize<I39t01nnod9109>>;
        /**
         * A new Invulnerable was added.
         */
        InvulnerableAdded: PlainDescriptor<Anonymize<I6v8sm60vvkmk7>>;
        /**
         * An Invulnerable was removed.
         */
        InvulnerableRemoved: PlainDescriptor<Anonymize<I6v8sm60vvkmk7>>;
        /**
         * The number of desired candidates was set.
         */
        NewDesiredCandidates: PlainDescriptor<Anonymize<I1qmtmbe5so8r3>>;
        /**
         * The candidacy bond was set.
         */
        NewCandidacyBond: PlainDescriptor<Anonymize<Ih99m6ehpcar7>>;
        /**
         * A new candidate joined.
         */
        CandidateAdded: PlainDescriptor<Anonymize<Idgorhsbgdq2ap>>;
        /**
         * Bond of a candidate updated.
         */
        CandidateBondUpdated: PlainDescriptor<Anonymize<Idgorhsbgdq2ap>>;
        /**
         * A candidate was removed.
         */
        CandidateRemoved: PlainDescriptor<Anonymize<I6v8sm60vvkmk7>>;
        /**
         * An account was replaced in the candidate list by another one.
         */
        CandidateReplaced: PlainDescriptor<Anonymize<I9ubb2kqevnu6t>>;
        /**
         * An account was unable to be added to the Invulnerables because they did not have keys
         * registered. Other Invulnerables may have been set.
         */
        InvalidInvulnerableSkipped: PlainDescriptor<Anonymize<I6v8sm60vvkmk7>>;
    };
    Session: {
        /**
         * New session has happened. Note that the argument is the session index, not the
         * block number as the type might suggest.
         */
        NewSession: PlainDescriptor<Anonymize<I2hq50pu2kdjpo>>;
        /**
         * The `NewSession` event in the current block also implies a new validator set to be
         * queued.
         */
        NewQueued: PlainDescriptor<undefined>;
        /**
         * Validator has been disabled.
         */
        ValidatorDisabled: PlainDescriptor<Anonymize<I9acqruh7322g2>>;
        /**
         * Validator has been re-enabled.
         */
        ValidatorReenabled: PlainDescriptor<Anonymize<I9acqruh7322g2>>;
    };
    XcmpQueue: {
        /**
         * An HRMP message was sent to a sibling parachain.
         */
        XcmpMessageSent: PlainDescriptor<Anonymize<I137t1cld92pod>>;
    };
    PolkadotXcm: {
        /**
         * Execution of an XCM message was attempted.
         */
        Attempted: PlainDescriptor<Anonymize<I61d51nv4cou88>>;
        /**
         * An XCM message was sent.
         */
        Sent: PlainDescriptor<Anonymize<If8u5kl4h8070m>>;
        /**
         * An XCM message failed to send.
         */
        SendFailed: PlainDescriptor<Anonymize<Ibmuil6p3vl83l>>;
        /**
         * An XCM message failed to process.
         */
        ProcessXcmError: PlainDescriptor<Anonymize<I7lul91g50ae87>>;
        /**
         * Query response received which does not match a registered query. This may be because a
         * matching query was never registered, it may be because it is a duplicate response, or
         * because the query timed out.
         */
        UnexpectedResponse: PlainDescriptor<Anonymize<Icl7nl1rfeog3i>>;
        /**
         * Query response has been received and is ready for taking with `take_response`. There is
         * no registered notification call.
         */
        ResponseReady: PlainDescriptor<Anonymize<Iasr6pj6shs0fl>>;
        /**
         * Query response has been received and query is removed. The registered notification has
         * been dispatched and executed successfully.
         */
        Notified: PlainDescriptor<Anonymize<I2uqmls7kcdnii>>;
        /**
         * Query response has been received and query is removed. The registered notification
         * could not be dispatched because the dispatch weight is greater than the maximum weight
         * originally budgeted by this runtime for the query result.
         */
        NotifyOverweight: PlainDescriptor<Anonymize<Idg69klialbkb8>>;
        /**
         * Query response has been received and query is removed. There was a general error with
         * dispatching the notification call.
         */
        NotifyDispatchError: PlainDescriptor<Anonymize<I2uqmls7kcdnii>>;
        /**
         * Query response has been received and query is removed. The dispatch was unable to be
         * decoded into a `Call`; this might be due to dispatch function having a signature which
         * is not `(origin, QueryId, Response)`.
         */
        NotifyDecodeFailed: PlainDescriptor<Anonymize<I2uqmls7kcdnii>>;
        /**
         * Expected query response has been received but the origin location of the response does
         * not match that expected. The query remains registered for a later, valid, response to
         * be received and acted upon.
         */
        InvalidResponder: PlainDescriptor<Anonymize<I7r6b7145022pp>>;
        /**
         * Expected query response has been received but the expected origin location placed in
         * storage by this runtime previously cannot be decoded. The query remains registered.
         *
         * This is unexpected (since a location placed in storage in a previously executing
         * runtime should be readable prior to query timeout) and dangerous since the possibly
         * valid response will be dropped. Manual governance intervention is probably going to be
         * needed.
         */
        InvalidResponderVersion: PlainDescriptor<Anonymize<Icl7nl1rfeog3i>>;
        /**
         * Received query response has been read and removed.
         */
        ResponseTaken: PlainDescriptor<Anonymize<I30pg328m00nr3>>;
        /**
         * Some assets have been placed in an asset trap.
         */
        AssetsTrapped: PlainDescriptor<Anonymize<Icmrn7bogp28cs>>;
        /**
         * An XCM version change notification message has been attempted to be sent.
         *
         * The cost of sending it (borne by the chain) is included.
         */
        VersionChangeNotified: PlainDescriptor<Anonymize<I7m9b5plj4h5ot>>;
        /**
         * The supported version of a location has been changed. This might be through an
         * automatic notification or a manual intervention.
         */
        SupportedVersionChanged: PlainDescriptor<Anonymize<I9kt8c221c83ln>>;
        /**
         * A given location which had a version change subscription was dropped owing to an error
         * sending the notification to it.
         */
        NotifyTargetSendFail: PlainDescriptor<Anonymize<I9onhk772nfs4f>>;
        /**
         * A given location which had a version change subscription was dropped owing to an error
         * migrating the location to our new XCM format.
         */
        NotifyTargetMigrationFail: PlainDescriptor<Anonymize<I3l6bnksrmt56r>>;
        /**
         * Expected query response has been received but the expected querier location placed in
         * storage by this runtime previously cannot be decoded. The query remains registered.
         *
         * This is unexpected (since a location placed in storage in a previously executing
         * runtime should be readable prior to query timeout) and dangerous since the possibly
         * valid response will be dropped. Manual governance intervention is probably going to be
         * needed.
         */
        InvalidQuerierVersion: PlainDescriptor<Anonymize<Icl7nl1rfeog3i>>;
        /**
         * Expected query response has been received but the querier location of the response does
         * not match the expected. The query remains registered for a later, valid, response to
         * be received and acted upon.
         */
        InvalidQuerier: PlainDescriptor<Anonymize<Idh09k0l2pmdcg>>;
        /**
         * A remote has requested XCM version change notification from us and we have honored it.
         * A version information message is sent to them and its cost is included.
         */
        VersionNotifyStarted: PlainDescriptor<Anonymize<I7uoiphbm0tj4r>>;
        /**
         * We have requested that a remote chain send us XCM version change notifications.
         */
        VersionNotifyRequested: PlainDescriptor<Anonymize<I7uoiphbm0tj4r>>;
        /**
         * We have requested that a remote chain stops sending us XCM version change
         * notifications.
         */
        VersionNotifyUnrequested: PlainDescriptor<Anonymize<I7uoiphbm0tj4r>>;
        /**
         * Fees were paid from a location for an operation (often for using `SendXcm`).
         */
        FeesPaid: PlainDescriptor<Anonymize<I512p1n7qt24l8>>;
        /**
         * Some assets have been claimed from an asset trap
         */
        AssetsClaimed: PlainDescriptor<Anonymize<Icmrn7bogp28cs>>;
        /**
         * A XCM version migration finished.
         */
        VersionMigrationFinished: PlainDescriptor<Anonymize<I6s1nbislhk619>>;
        /**
         * An `aliaser` location was authorized by `target` to alias it, authorization valid until
         * `expiry` block number.
         */
        AliasAuthorized: PlainDescriptor<Anonymize<I3gghqnh2mj0is>>;
        /**
         * `target` removed alias authorization for `aliaser`.
         */
        AliasAuthorizationRemoved: PlainDescriptor<Anonymize<I6iv852roh6t3h>>;
        /**
         * `target` removed all alias authorizations.
         */
        AliasesAuthorizationsRemoved: PlainDescriptor<Anonymize<I9oc2o6itbiopq>>;
    };
    CumulusXcm: {
        /**
         * Downward message is invalid XCM.
         * \[ id \]
         */
        InvalidFormat: PlainDescriptor<SizedHex<32>>;
        /**
         * Downward message is unsupported version of XCM.
         * \[ id \]
         */
        UnsupportedVersion: PlainDescriptor<SizedHex<32>>;
        /**
         * Downward message executed with the given outcome.
         * \[ id, outcome \]
         */
        ExecutedDownward: PlainDescriptor<Anonymize<Ibslgga81p36aa>>;
    };
    MessageQueue: {
        /**
         * Message discarded due to an error in the `MessageProcessor` (usually a format error).
         */
        ProcessingFailed: PlainDescriptor<Anonymize<I1rvj4ubaplho0>>;
        /**
         * Message is processed.
         */
        Processed: PlainDescriptor<Anonymize<Ia3uu7lqcc1q1i>>;
        /**
         * Message placed in overweight queue.
         */
        OverweightEnqueued: PlainDescriptor<Anonymize<I7crucfnonitkn>>;
        /**
         * This page was reaped.
         */
        PageReaped: PlainDescriptor<Anonymize<I7tmrp94r9sq4n>>;
    };
    Utility: {
        /**
         * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
         * well as the error.
         */
        BatchInterrupted: PlainDescriptor<Anonymize<Ibu3pgk0d5i78d>>;
        /**
         * Batch of dispatches completed fully with no error.
         */
        BatchCompleted: PlainDescriptor<undefined>;
        /**
         * Batch of dispatches completed but has errors.
         */
        BatchCompletedWithErrors: PlainDescriptor<undefined>;
        /**
         * A single item within a Batch of dispatches has completed with no error.
         */
        ItemCompleted: PlainDescriptor<undefined>;
        /**
         * A single item within a Batch of dispatches has completed with error.
         */
        ItemFailed: PlainDescriptor<Anonymize<Ipsr48nhkp4f>>;
        /**
         * A call was dispatched.
         */
        DispatchedAs: PlainDescriptor<Anonymize<Id84q3vvv2hpn6>>;
        /**
         * Main call was dispatched.
         */
        IfElseMainSuccess: PlainDescriptor<undefined>;
        /**
         * The fallback call was dispatched.
         */
        IfElseFallbackCalled: PlainDescriptor<Anonymize<Ic9713ccr0rq7a>>;
    };
    Proxy: {
        /**
         * A proxy was executed correctly, with the given.
         */
        ProxyExecuted: PlainDescriptor<Anonymize<Id84q3vvv2hpn6>>;
        /**
         * A pure account has been created by new proxy with given
         * disambiguation index and proxy type.
         */
        PureCreated: PlainDescriptor<Anonymize<Icoqatenatcfnb>>;
        /**
         * A pure proxy was killed by its spawner.
         */
        PureKilled: PlainDescriptor<Anonymize<Ibapaee4djunc7>>;
        /**
         * An announcement was placed to make a call in the future.
         */
        Announced: PlainDescriptor<Anonymize<I2ur0oeqg495j8>>;
        /**
         * A proxy was added.
         */
        ProxyAdded: PlainDescriptor<Anonymize<I114s4fffuffbd>>;
        /**
         * A proxy was removed.
         */
        ProxyRemoved: PlainDescriptor<Anonymize<I114s4fffuffbd>>;
        /**
         * A deposit stored for proxies or announcements was poked / updated.
         */
        DepositPoked: PlainDescriptor<Anonymize<I1bhd210c3phjj>>;
    };
    Recovery: {
        /**
         * A recovery attempt was approved by a friend.
         */
        AttemptApproved: PlainDescriptor<Anonymize<I74cgu8np39n0l>>;
        /**
         * A recovery attempt was canceled by either the lost account or the initiator.
         */
        AttemptCanceled: PlainDescriptor<Anonymize<I25orvb54q88dl>>;
        /**
         * A recovery attempt was initiated by a friend.
         */
        AttemptInitiated: PlainDescriptor<Anonymize<Ib729ncvntj6ge>>;
        /**
         * A recovery attempt was finished.
         */
        AttemptFinished: PlainDescriptor<Anonymize<Icsmfeouh6gri7>>;
        /**
         * A recovery attempt was discarded because the account was already recovered by a
         * friend group of equal or higher priority.
         *
         * The attempt is consumed (removed from storage) and its deposits are released, but
         * the existing inheritor remains unchanged.
         */
        AttemptDiscarded: PlainDescriptor<Anonymize<Icj1c576oljupp>>;
        /**
         * A recovery attempt was slashed by the lost account.
         *
         * The initiator will lose their security deposit.
         */
        AttemptSlashed: PlainDescriptor<Anonymize<I2c8c7v4oadht4>>;
        /**
         * The friend groups of an account have been changed.
         */
        FriendGroupsChanged: PlainDescriptor<Anonymize<I6v43d5vj613hc>>;
        /**
         * The inheritor of a lost account was revoked by the lost account.
         */
        InheritorRevoked: PlainDescriptor<Anonymize<I6v43d5vj613hc>>;
        /**
         * A recovered account was controlled by its inheritor.
         *
         * Check the `call_result` to see if it was successful.
         */
        RecoveredAccountControlled: PlainDescriptor<Anonymize<I3ic5hfd4kg607>>;
    };
    Registrar: {
        /**
         * A patient registered.
         */
        PatientRegistered: PlainDescriptor<Anonymize<Iahtmcbmqi9gku>>;
        /**
         * The consortium admitted a participant to a role.
         */
        Admitted: PlainDescriptor<Anonymize<Ibohdp8n19jht9>>;
        /**
         * A role ended: the consortium revoked it, or a patient left.
         */
        RoleRevoked: PlainDescriptor<Anonymize<I8gllfhf08s6f3>>;
        /**
         * The consortium suspended a participant's provider and researcher roles.
         */
        Suspended: PlainDescriptor<Anonymize<Idukp69q96uqk7>>;
        /**
         * The consortium lifted a suspension.
         */
        Reinstated: PlainDescriptor<Anonymize<I4cbvqmqadhrea>>;
        /**
         * A provider's profile was set or changed.
         */
        ProviderProfileSet: PlainDescriptor<Anonymize<I2uolduhmhk38e>>;
        /**
         * An identifier hash was bound to an account.
         */
        IdentifierBound: PlainDescriptor<Anonymize<Idgj2gjubad1q9>>;
        /**
         * An identifier hash was released.
         */
        IdentifierUnbound: PlainDescriptor<Anonymize<Idgj2gjubad1q9>>;
        /**
         * A provider created a group.
         */
        GroupCreated: PlainDescriptor<Anonymize<I111ppsg73h2uf>>;
        /**
         * An account joined a group.
         */
        GroupMemberAdded: PlainDescriptor<Anonymize<I5ijf8pa8h79iv>>;
        /**
         * An account left a group.
         */
        GroupMemberRemoved: PlainDescriptor<Anonymize<I5ijf8pa8h79iv>>;
        /**
         * A group was dissolved.
         */
        GroupDissolved: PlainDescriptor<Anonymize<Idck5k6ru4godn>>;
        /**
         * A registration moved to a new account.
         */
        AccountRotated: PlainDescriptor<Anonymize<Id9sjif2ghpo08>>;
        /**
         * A provider's gatekeeper anchored the root of its next receipts.
         */
        ReceiptsAnchored: PlainDescriptor<Anonymize<Ief1a9uupevkbv>>;
    };
    Relationships: {
        /**
         * A provider opened a relationship (`New`), or accepted a patient's invitation
         * (`Acknowledged`).
         */
        RelationshipOpened: PlainDescriptor<Anonymize<Ie3almdr8kiuk4>>;
        /**
         * A patient invited a provider to a relationship.
         */
        ProviderInvited: PlainDescriptor<Anonymize<I9na8csiqgnth9>>;
        /**
         * A provider added a pointer to a relationship.
         */
        PointerAdded: PlainDescriptor<Anonymize<I93gkjdqhvfmhd>>;
        /**
         * A provider recorded new data behind a pointer.
         */
        PointerUpdated: PlainDescriptor<Anonymize<I3q52sg1o0rk8a>>;
        /**
         * A provider removed a pointer.
         */
        PointerRemoved: PlainDescriptor<Anonymize<I3qoc0fuq61dt7>>;
        /**
         * The patient has seen the relationship's latest changes.
         */
        RelationshipAcknowledged: PlainDescriptor<Anonymize<I9na8csiqgnth9>>;
        /**
         * The patient refused the relationship.
         */
        RelationshipRejected: PlainDescriptor<Anonymize<I9na8csiqgnth9>>;
        /**
         * A relationship ended: nobody reaches its pointers any more, and its deposits are
         * released as its pointers are removed.
         */
        RelationshipTerminated: PlainDescriptor<Anonymize<Ia25flpuer3oo>>;
        /**
         * Pointers of an ended relationship were removed and their deposits released.
         */
        PointersReaped: PlainDescriptor<Anonymize<I3b5bb37nmjsao>>;
        /**
         * A viewer has seen what a patient shares with them.
         */
        SharedAcknowledged: PlainDescriptor<Anonymize<Iefg9oj496hb5l>>;
    };
    Permissions: {
        /**
         * A patient (or their guardian) granted access.
         */
        AccessGranted: PlainDescriptor<Anonymize<I45851vt8bq7tc>>;
        /**
         * A grant was revoked: no decision from the next block on sees it.
         */
        AccessRevoked: PlainDescriptor<Anonymize<I2oaal11fe8hbg>>;
        /**
         * An expired grant was removed and its deposit returned.
         */
        GrantExpired: PlainDescriptor<Anonymize<Ick76aqgdiop5j>>;
        /**
         * A guardianship began: the patient chose the guardian, accepted a provider's
         * proposal, or the consortium appointed one.
         */
        GuardianAdded: PlainDescriptor<Anonymize<I1do2050at7fco>>;
        /**
         * A provider proposed a guardian; the patient accepts or declines.
         */
        GuardianProposed: PlainDescriptor<Anonymize<Id5si020gdf2o>>;
        /**
         * A guardian proposal ended without a guardianship: the patient declined it or the
         * provider withdrew it.
         */
        GuardianProposalDeclined: PlainDescriptor<Anonymize<Iei5idjnft7a7e>>;
        /**
         * A guardian was removed (by the patient's veto or their own resignation).
         */
        GuardianRemoved: PlainDescriptor<Anonymize<Id29cgsn96pdgp>>;
        /**
         * The consortium certified (or decertified) a provider for emergency access.
         */
        EmergencyCertificationSet: PlainDescriptor<Anonymize<I6863a1u6mn9b>>;
        /**
         * A provider broke the glass: the patient and their guardians are told, and should
         * review it.
         */
        EmergencyAccessOpened: PlainDescriptor<Anonymize<Ietc144h86oiab>>;
        /**
         * The patient (or a guardian) reviewed an emergency access.
         */
        EmergencyReviewed: PlainDescriptor<Anonymize<Idplbmlvuts11f>>;
        /**
         * The consortium closed a contested emergency access.
         */
        EmergencyClosed: PlainDescriptor<Anonymize<I4tssn762gd8s5>>;
    };
    Research: {
        /**
         * A collator now mines for a researcher.
         */
        CollatorBound: PlainDescriptor<Anonymize<I6tjn6aubvst32>>;
        /**
         * A collator no longer mines for its researcher.
         */
        CollatorUnbound: PlainDescriptor<Anonymize<Ieinuidojqh902>>;
        /**
         * A provider offered a bounty query; the block's author owns it.
         */
        BountyQuerySubmitted: PlainDescriptor<Anonymize<I8kdb96hubnns6>>;
        /**
         * A provider answered a bounty query.
         */
        BountyQueryAnswered: PlainDescriptor<Anonymize<Ifc5t72cb6i90s>>;
        /**
         * A researcher asked providers for an aggregate.
         */
        AggregateRequested: PlainDescriptor<Anonymize<I17i7bl7e5v2i9>>;
        /**
         * A provider answered a request.
         */
        RequestAnswered: PlainDescriptor<Anonymize<I28i6v9ov1p6a0>>;
        /**
         * Every provider asked has answered; the request is closed.
         */
        RequestCompleted: PlainDescriptor<Anonymize<I6al1n81n93b1t>>;
        /**
         * A request expired; the credits of missing answers went back to the researcher.
         */
        RequestExpired: PlainDescriptor<Anonymize<I225m9baobku11>>;
        /**
         * A patient's research consent changed.
         */
        ConsentSet: PlainDescriptor<Anonymize<Iopa16vh6kmka>>;
        /**
         * A provider set its release policy.
         */
        ReleasePolicySet: PlainDescriptor<Anonymize<I2uolduhmhk38e>>;
        /**
         * The consortium changed the parameters.
         */
        ParametersSet: PlainDescriptor<Anonymize<I8mqp9nn3643qm>>;
    };
};
type IError = {
    System: {
        /**
         * The name of specification does not match between the current runtime
         * and the new runtime.
         */
        InvalidSpecName: PlainDescriptor<undefined>;
        /**
         * The specification version is not allowed to decrease between the current runtime
         * and the new runtime.
         */
        SpecVersionNeedsToIncrease: PlainDescriptor<undefined>;
        /**
         * Failed to extract the runtime version from the new runtime.
         *
         * Either calling `Core_version` or decoding `RuntimeVersion` failed.
         */
        FailedToExtractRuntimeVersion: PlainDescriptor<undefined>;
        /**
         * Suicide called when the account has non-default composite data.
         */
        NonDefaultComposite: PlainDescriptor<undefined>;
        /**
         * There is a non-zero reference count preventing the account from being purged.
         */
        NonZeroRefCount: PlainDescriptor<undefined>;
        /**
         * The origin filter prevent the call to be dispatched.
         */
        CallFiltered: PlainDescriptor<undefined>;
        /**
         * A multi-block migration is ongoing and prevents the current code from being replaced.
         */
        MultiBlockMigrationsOngoing: PlainDescriptor<undefined>;
        /**
         * No upgrade authorized.
         */
        NothingAuthorized: PlainDescriptor<undefined>;
        /**
         * The submitted code is not authorized.
         */
        Unauthorized: PlainDescriptor<undefined>;
    };
    ParachainSystem: {
        /**
         * Attempt to upgrade validation function while existing upgrade pending.
         */
        OverlappingUpgrades: PlainDescriptor<undefined>;
        /**
         * Polkadot currently prohibits this parachain from upgrading its validation function.
         */
        ProhibitedByPolkadot: PlainDescriptor<undefined>;
        /**
         * The supplied validation function has compiled into a blob larger than Polkadot is
         * willing to run.
         */
        TooBig: PlainDescriptor<undefined>;
        /**
         * The inherent which supplies the validation data did not run this block.
         */
        ValidationDataNotAvailable: PlainDescriptor<undefined>;
        /**
         * The inherent which supplies the host configuration did not run this block.
         */
        HostConfigurationNotAvailable: PlainDescriptor<undefined>;
        /**
         * No validation function upgrade is currently scheduled.
         */
        NotScheduled: PlainDescriptor<undefined>;
    };
    Balances: {
        /**
         * Vesting balance too high to send value.
         */
        VestingBalance: PlainDescriptor<undefined>;
        /**
         * Account liquidity restrictions prevent withdrawal.
         */
        LiquidityRestrictions: PlainDescriptor<undefined>;
        /**
         * Balance too low to send value.
         */
        InsufficientBalance: PlainDescriptor<undefined>;
        /**
         * Value too low to create account due to existential deposit.
         */
        ExistentialDeposit: PlainDescriptor<undefined>;
        /**
         * Transfer/payment would kill account.
         */
        Expendability: PlainDescriptor<undefined>;
        /**
         * A vesting schedule already exists for this account.
         */
        ExistingVestingSchedule: PlainDescriptor<undefined>;
        /**
         * Beneficiary account must pre-exist.
         */
        DeadAccount: PlainDescriptor<undefined>;
        /**
         * Number of named reserves exceed `MaxReserves`.
         */
        TooManyReserves: PlainDescriptor<undefined>;
        /**
         * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
         */
        TooManyHolds: PlainDescriptor<undefined>;
        /**
         * Number of freezes exceed `MaxFreezes`.
         */
        TooManyFreezes: PlainDescriptor<undefined>;
        /**
         * The issuance cannot be modified since it is already deactivated.
         */
        IssuanceDeactivated: PlainDescriptor<undefined>;
        /**
         * The delta cannot be zero.
         */
        DeltaZero: PlainDescriptor<undefined>;
    };
    Consortium: {
        /**
         * Account is not a member
         */
        NotMember: PlainDescriptor<undefined>;
        /**
         * Duplicate proposals not allowed
         */
        DuplicateProposal: PlainDescriptor<undefined>;
        /**
         * Proposal must exist
         */
        ProposalMissing: PlainDescriptor<undefined>;
        /**
         * Mismatched index
         */
        WrongIndex: PlainDescriptor<undefined>;
        /**
         * Duplicate vote ignored
         */
        DuplicateVote: PlainDescriptor<undefined>;
        /**
         * Members are already initialized!
         */
        AlreadyInitialized: PlainDescriptor<undefined>;
        /**
         * The close call was made too early, before the end of the voting.
         */
        TooEarly: PlainDescriptor<undefined>;
        /**
         * There can only be a maximum of `MaxProposals` active proposals.
         */
        TooManyProposals: PlainDescriptor<undefined>;
        /**
         * The given weight bound for the proposal was too low.
         */
        WrongProposalWeight: PlainDescriptor<undefined>;
        /**
         * The given length bound for the proposal was too low.
         */
        WrongProposalLength: PlainDescriptor<undefined>;
        /**
         * Prime account is not a member
         */
        PrimeAccountNotMember: PlainDescriptor<undefined>;
        /**
         * Proposal is still active.
         */
        ProposalActive: PlainDescriptor<undefined>;
    };
    ConsortiumMembership: {
        /**
         * Already a member.
         */
        AlreadyMember: PlainDescriptor<undefined>;
        /**
         * Not a member.
         */
        NotMember: PlainDescriptor<undefined>;
        /**
         * Too many members.
         */
        TooManyMembers: PlainDescriptor<undefined>;
    };
    Sudo: {
        /**
         * Sender must be the Sudo account.
         */
        RequireSudo: PlainDescriptor<undefined>;
    };
    CollatorSelection: {
        /**
         * The pallet has too many candidates.
         */
        TooManyCandidates: PlainDescriptor<undefined>;
        /**
         * Leaving would result in too few candidates.
         */
        TooFewEligibleCollators: PlainDescriptor<undefined>;
        /**
         * Account is already a candidate.
         */
        AlreadyCandidate: PlainDescriptor<undefined>;
        /**
         * Account is not a candidate.
         */
        NotCandidate: PlainDescriptor<undefined>;
        /**
         * There are too many Invulnerables.
         */
        TooManyInvulnerables: PlainDescriptor<undefined>;
        /**
         * Account is already an Invulnerable.
         */
        AlreadyInvulnerable: PlainDescriptor<undefined>;
        /**
         * Account is not an Invulnerable.
         */
        NotInvulnerable: PlainDescriptor<undefined>;
        /**
         * Account has no associated validator ID.
         */
        NoAssociatedValidatorId: PlainDescriptor<undefined>;
        /**
         * Validator ID is not yet registered.
         */
        ValidatorNotRegistered: PlainDescriptor<undefined>;
        /**
         * Could not insert in the candidate list.
         */
        InsertToCandidateListFailed: PlainDescriptor<undefined>;
        /**
         * Could not remove from the candidate list.
         */
        RemoveFromCandidateListFailed: PlainDescriptor<undefined>;
        /**
         * New deposit amount would be below the minimum candidacy bond.
         */
        DepositTooLow: PlainDescriptor<undefined>;
        /**
         * Could not update the candidate list.
         */
        UpdateCandidateListFailed: PlainDescriptor<undefined>;
        /**
         * Deposit amount is too low to take the target's slot in the candidate list.
         */
        InsufficientBond: PlainDescriptor<undefined>;
        /**
         * The target account to be replaced in the candidate list is not a candidate.
         */
        TargetIsNotCandidate: PlainDescriptor<undefined>;
        /**
         * The updated deposit amount is equal to the amount already reserved.
         */
        IdenticalDeposit: PlainDescriptor<undefined>;
        /**
         * Cannot lower candidacy bond while occupying a future collator slot in the list.
         */
        InvalidUnreserve: PlainDescriptor<undefined>;
    };
    Session: {
        /**
         * Invalid ownership proof.
         */
        InvalidProof: PlainDescriptor<undefined>;
        /**
         * No associated validator ID for account.
         */
        NoAssociatedValidatorId: PlainDescriptor<undefined>;
        /**
         * Registered duplicate key.
         */
        DuplicatedKey: PlainDescriptor<undefined>;
        /**
         * No keys are associated with this account.
         */
        NoKeys: PlainDescriptor<undefined>;
        /**
         * Key setting account is not live, so it's impossible to associate keys.
         */
        NoAccount: PlainDescriptor<undefined>;
    };
    XcmpQueue: {
        /**
         * Setting the queue config failed since one of its values was invalid.
         */
        BadQueueConfig: PlainDescriptor<undefined>;
        /**
         * The execution is already suspended.
         */
        AlreadySuspended: PlainDescriptor<undefined>;
        /**
         * The execution is already resumed.
         */
        AlreadyResumed: PlainDescriptor<undefined>;
        /**
         * There are too many active outbound channels.
         */
        TooManyActiveOutboundChannels: PlainDescriptor<undefined>;
        /**
         * The message is too big.
         */
        TooBig: PlainDescriptor<undefined>;
    };
    PolkadotXcm: {
        /**
         * The desired destination was unreachable, generally because there is a no way of routing
         * to it.
         */
        Unreachable: PlainDescriptor<undefined>;
        /**
         * There was some other issue (i.e. not to do with routing) in sending the message.
         * Perhaps a lack of space for buffering the message.
         */
        SendFailure: PlainDescriptor<undefined>;
        /**
         * The message execution fails the filter.
         */
        Filtered: PlainDescriptor<undefined>;
        /**
         * The message's weight could not be determined.
         */
        UnweighableMessage: PlainDescriptor<undefined>;
        /**
         * The destination `Location` provided cannot be inverted.
         */
        DestinationNotInvertible: PlainDescriptor<undefined>;
        /**
         * The assets to be sent are empty.
         */
        Empty: PlainDescriptor<undefined>;
        /**
         * Could not re-anchor the assets to declare the fees for the destination chain.
         */
        CannotReanchor: PlainDescriptor<undefined>;
        /**
         * Too many assets have been attempted for transfer.
         */
        TooManyAssets: PlainDescriptor<undefined>;
        /**
         * Origin is invalid for sending.
         */
        InvalidOrigin: PlainDescriptor<undefined>;
        /**
         * The version of the `Versioned` value used is not able to be interpreted.
         */
        BadVersion: PlainDescriptor<undefined>;
        /**
         * The given location could not be used (e.g. because it cannot be expressed in the
         * desired version of XCM).
         */
        BadLocation: PlainDescriptor<undefined>;
        /**
         * The referenced subscription could not be found.
         */
        NoSubscription: PlainDescriptor<undefined>;
        /**
         * The location is invalid since it already has a subscription from us.
         */
        AlreadySubscribed: PlainDescriptor<undefined>;
        /**
         * Could not check-out the assets for teleportation to the destination chain.
         */
        CannotCheckOutTeleport: PlainDescriptor<undefined>;
        /**
         * The owner does not own (all) of the asset that they wish to do the operation on.
         */
        LowBalance: PlainDescriptor<undefined>;
        /**
         * The asset owner has too many locks on the asset.
         */
        TooManyLocks: PlainDescriptor<undefined>;
        /**
         * The given account is not an identifiable sovereign account for any location.
         */
        AccountNotSovereign: PlainDescriptor<undefined>;
        /**
         * The operation required fees to be paid which the initiator could not meet.
         */
        FeesNotMet: PlainDescriptor<undefined>;
        /**
         * A remote lock with the corresponding data could not be found.
         */
        LockNotFound: PlainDescriptor<undefined>;
        /**
         * The unlock operation cannot succeed because there are still consumers of the lock.
         */
        InUse: PlainDescriptor<undefined>;
        /**
         * Invalid asset, reserve chain could not be determined for it.
         */
        InvalidAssetUnknownReserve: PlainDescriptor<undefined>;
        /**
         * Invalid asset, do not support remote asset reserves with different fees reserves.
         */
        InvalidAssetUnsupportedReserve: PlainDescriptor<undefined>;
        /**
         * Too many assets with different reserve locations have been attempted for transfer.
         */
        TooManyReserves: PlainDescriptor<undefined>;
        /**
         * Local XCM execution incomplete.
         */
        LocalExecutionIncomplete: PlainDescriptor<undefined>;
        /**
         * Too many locations authorized to alias origin.
         */
        TooManyAuthorizedAliases: PlainDescriptor<undefined>;
        /**
         * Expiry block number is in the past.
         */
        ExpiresInPast: PlainDescriptor<undefined>;
        /**
         * The alias to remove authorization for was not found.
         */
        AliasNotFound: PlainDescriptor<undefined>;
        /**
         * Local XCM execution incomplete with the actual XCM error and the index of the
         * instruction that caused the error.
         */
        LocalExecutionIncompleteWithError: PlainDescriptor<Anonymize<I5r8t4iaend96p>>;
    };
    MessageQueue: {
        /**
         * Page is not reapable because it has items remaining to be processed and is not old
         * enough.
         */
        NotReapable: PlainDescriptor<undefined>;
        /**
         * Page to be reaped does not exist.
         */
        NoPage: PlainDescriptor<undefined>;
        /**
         * The referenced message could not be found.
         */
        NoMessage: PlainDescriptor<undefined>;
        /**
         * The message was already processed and cannot be processed again.
         */
        AlreadyProcessed: PlainDescriptor<undefined>;
        /**
         * The message is queued for future execution.
         */
        Queued: PlainDescriptor<undefined>;
        /**
         * There is temporarily not enough weight to continue servicing messages.
         */
        InsufficientWeight: PlainDescriptor<undefined>;
        /**
         * This message is temporarily unprocessable.
         *
         * Such errors are expected, but not guaranteed, to resolve themselves eventually through
         * retrying.
         */
        TemporarilyUnprocessable: PlainDescriptor<undefined>;
        /**
         * The queue is paused and no message can be executed from it.
         *
         * This can change at any time and may resolve in the future by re-trying.
         */
        QueuePaused: PlainDescriptor<undefined>;
        /**
         * Another call is in progress and needs to finish before this call can happen.
         */
        RecursiveDisallowed: PlainDescriptor<undefined>;
    };
    Utility: {
        /**
         * Too many calls batched.
         */
        TooManyCalls: PlainDescriptor<undefined>;
    };
    Proxy: {
        /**
         * There are too many proxies registered or too many announcements pending.
         */
        TooMany: PlainDescriptor<undefined>;
        /**
         * Proxy registration not found.
         */
        NotFound: PlainDescriptor<undefined>;
        /**
         * Sender is not a proxy of the account to be proxied.
         */
        NotProxy: PlainDescriptor<undefined>;
        /**
         * A call which is incompatible with the proxy type's filter was attempted.
         */
        Unproxyable: PlainDescriptor<undefined>;
        /**
         * Account is already a proxy.
         */
        Duplicate: PlainDescriptor<undefined>;
        /**
         * Call may not be made by proxy because it may escalate its privileges.
         */
        NoPermission: PlainDescriptor<undefined>;
        /**
         * Announcement, if made at all, was made too recently.
         */
        Unannounced: PlainDescriptor<undefined>;
        /**
         * Cannot add self as proxy.
         */
        NoSelfProxy: PlainDescriptor<undefined>;
    };
    Recovery: {
        /**
         * This attempt is already fully approved and does not need any more votes.
         */
        AlreadyApproved: PlainDescriptor<undefined>;
        /**
         * The recovery attempt has already been initiated.
         */
        AlreadyInitiated: PlainDescriptor<undefined>;
        /**
         * The friend already voted for this attempt.
         */
        AlreadyVoted: PlainDescriptor<undefined>;
        /**
         * The lost account has ongoing recovery attempts.
         */
        HasOngoingAttempts: PlainDescriptor<undefined>;
        /**
         * The lost account cannot be a friend of itself.
         */
        LostAccountInFriendGroup: PlainDescriptor<undefined>;
        /**
         * The account was already recovered by a group of equal or higher priority.
         */
        HigherPriorityRecovered: PlainDescriptor<undefined>;
        /**
         * Cancel delay must be at least 1.
         */
        NoCancelDelay: PlainDescriptor<undefined>;
        /**
         * This account does not have any friend groups.
         */
        NoFriendGroups: PlainDescriptor<undefined>;
        /**
         * The friend group has no friends.
         */
        NoFriends: PlainDescriptor<undefined>;
        /**
         * The lost account does not have any inheritor.
         */
        NoInheritor: PlainDescriptor<undefined>;
        /**
         * Not enough friends approved this attempt.
         */
        NotApproved: PlainDescriptor<undefined>;
        /**
         * The referenced recovery attempt was not found.
         */
        NotAttempt: PlainDescriptor<undefined>;
        /**
         * The caller is not the initiator or the lost account.
         */
        NotCanceller: PlainDescriptor<undefined>;
        /**
         * The caller is not a friend of the lost account.
         */
        NotFriend: PlainDescriptor<undefined>;
        /**
         * A specific referenced friend group was not found.
         */
        NotFriendGroup: PlainDescriptor<undefined>;
        /**
         * The caller is not the inheritor of the lost account.
         */
        NotInheritor: PlainDescriptor<undefined>;
        /**
         * The cancel delay since the last approval or initialization has not yet passed.
         */
        NotYetCancelable: PlainDescriptor<undefined>;
        /**
         * The inheritance delay of this attempt has not yet passed.
         */
        NotYetInheritable: PlainDescriptor<undefined>;
        /**
         * Too many friend groups.
         */
        TooManyFriendGroups: PlainDescriptor<undefined>;
        /**
         * The number of friends needed is greater than the number of friends.
         */
        TooManyFriendsNeeded: PlainDescriptor<undefined>;
        /**
         * The number of friends needed is zero.
         */
        NoFriendsNeeded: PlainDescriptor<undefined>;
        /**
         * The friends of a friend group are not sorted or not unique.
         */
        FriendsNotSortedOrUnique: PlainDescriptor<undefined>;
        /**
         * Two friend groups have the same set of friends.
         */
        DuplicateFriendGroups: PlainDescriptor<undefined>;
    };
    Registrar: {
        /**
         * The account is not registered. Patients register themselves; providers and
         * researchers are admitted by the consortium.
         */
        NotRegistered: PlainDescriptor<undefined>;
        /**
         * The account already holds this role: nothing to register or admit.
         */
        RoleAlreadyHeld: PlainDescriptor<undefined>;
        /**
         * The account does not hold this role, so it cannot leave it or lose it.
         */
        RoleNotHeld: PlainDescriptor<undefined>;
        /**
         * The consortium admits and revokes providers and researchers only; patients
         * register and leave by themselves.
         */
        RoleNotAdmissible: PlainDescriptor<undefined>;
        /**
         * The account is not a provider: only a provider has a profile, manages groups and
         * anchors receipts. The consortium admits providers.
         */
        NotAProvider: PlainDescriptor<undefined>;
        /**
         * The consortium has suspended this provider or researcher; it cannot act as one
         * until the consortium reinstates it.
         */
        Suspended: PlainDescriptor<undefined>;
        /**
         * The account is suspended already.
         */
        AlreadySuspended: PlainDescriptor<undefined>;
        /**
         * The account is not suspended, so there is nothing to reinstate.
         */
        NotSuspended: PlainDescriptor<undefined>;
        /**
         * A patient who is also a provider or researcher cannot leave while admitted: the
         * consortium revokes those roles first.
         */
        StillAdmitted: PlainDescriptor<undefined>;
        /**
         * No account has bound this identifier hash.
         */
        UnknownIdentifier: PlainDescriptor<undefined>;
        /**
         * This identifier hash is bound to an account already (perhaps yours); a hash belongs
         * to one account.
         */
        IdentifierAlreadyBound: PlainDescriptor<undefined>;
        /**
         * This identifier hash is bound to another account; only that account can release it.
         */
        NotIdentifierOwner: PlainDescriptor<undefined>;
        /**
         * The account has bound `MaxIdentifiers` identifiers; release one first.
         */
        TooManyIdentifiers: PlainDescriptor<undefined>;
        /**
         * No group has this id; it was never created or has been dissolved.
         */
        UnknownGroup: PlainDescriptor<undefined>;
        /**
         * Only the group's owner may add members or dissolve it; a member may remove only
         * themself.
         */
        NotGroupOwner: PlainDescriptor<undefined>;
        /**
         * The account is not a member of this group.
         */
        NotAGroupMember: PlainDescriptor<undefined>;
        /**
         * The account is a member of this group already.
         */
        AlreadyAGroupMember: PlainDescriptor<undefined>;
        /**
         * The group has `MaxGroupMembers` members; remove one first.
         */
        GroupFull: PlainDescriptor<undefined>;
        /**
         * The provider manages `MaxGroupsPerOwner` groups; dissolve one first.
         */
        TooManyGroups: PlainDescriptor<undefined>;
        /**
         * The account belongs to `MaxMemberships` groups; it must leave one first.
         */
        TooManyMemberships: PlainDescriptor<undefined>;
        /**
         * Every group id has been used; ids are never reused, so no group can be created.
         */
        GroupIdsExhausted: PlainDescriptor<undefined>;
        /**
         * The institution name is longer than `MaxNameLen` bytes.
         */
        NameTooLong: PlainDescriptor<undefined>;
        /**
         * The institution name is empty or not UTF-8.
         */
        InvalidName: PlainDescriptor<undefined>;
        /**
         * The gatekeeper URL is longer than `MaxEndpointLen` bytes.
         */
        EndpointTooLong: PlainDescriptor<undefined>;
        /**
         * The gatekeeper URL must be `https://host…` (or `http://` to a loopback host),
         * printable ASCII without spaces.
         */
        InvalidEndpoint: PlainDescriptor<undefined>;
        /**
         * An account cannot be rotated to itself.
         */
        SameAccount: PlainDescriptor<undefined>;
        /**
         * The new account of a rotation is or was registered, belongs to groups or still
         * manages groups: what the registrar keeps for it would be overwritten. Rotate to an
         * account never used with MedRec.
         */
        NewAccountInUse: PlainDescriptor<undefined>;
        /**
         * The new account of a rotation holds no funds, so deposits cannot be held on it;
         * transfer at least the existential deposit to it first.
         */
        NewAccountUnfunded: PlainDescriptor<undefined>;
        /**
         * An anchor covers at least one receipt.
         */
        EmptyAnchor: PlainDescriptor<undefined>;
        /**
         * An anchor covers at most `MaxReceiptsPerAnchor` receipts; split them.
         */
        TooManyReceipts: PlainDescriptor<undefined>;
        /**
         * The provider's anchor or receipt count would overflow.
         */
        AnchorOverflow: PlainDescriptor<undefined>;
        /**
         * An anchor must start right after the receipts already anchored: `first` differs
         * from the provider's anchored total, so this range is anchored already (a repeated
         * submission) or receipts before it are not. Read `MedRecApi_receipt_anchors` and
         * anchor from its `receipts`.
         */
        AnchorNotNext: PlainDescriptor<undefined>;
    };
    Relationships: {
        /**
         * The account is not a registered patient. Patients register with the registrar.
         */
        NotAPatient: PlainDescriptor<undefined>;
        /**
         * The account is not an active provider: not admitted by the consortium, or
         * suspended.
         */
        NotAProvider: PlainDescriptor<undefined>;
        /**
         * The account has never registered with the registrar, so it has no relationships.
         * Register first (patients) or be admitted (providers).
         */
        NotRegistered: PlainDescriptor<undefined>;
        /**
         * The patient and the provider have no relationship (or the caller named the sides
         * the wrong way round: the patient first, then the provider). A provider opens one
         * with `open_relationship`, a patient invites with `invite_provider`.
         */
        UnknownRelationship: PlainDescriptor<undefined>;
        /**
         * No pointer has this id (never added, or removed since).
         */
        UnknownPointer: PlainDescriptor<undefined>;
        /**
         * The patient shares nothing with the caller, so there is nothing to acknowledge.
         */
        NotShared: PlainDescriptor<undefined>;
        /**
         * The relationship exists already (one per patient and provider).
         */
        AlreadyExists: PlainDescriptor<undefined>;
        /**
         * The caller is not a side of the relationship, or the pointer is another provider's.
         */
        NotAuthorized: PlainDescriptor<undefined>;
        /**
         * The patient has `MaxRelationshipsPerPatient` relationships.
         */
        TooMany: PlainDescriptor<undefined>;
        /**
         * There is nothing to acknowledge or reject in the relationship's status (see the
         * status machine in the pallet docs).
         */
        NotPending: PlainDescriptor<undefined>;
        /**
         * The patient rejected the relationship: its pointers cannot be added or changed.
         */
        Rejected: PlainDescriptor<undefined>;
        /**
         * The relationship is an invitation the provider has not accepted; it accepts with
         * `open_relationship`.
         */
        NotOpen: PlainDescriptor<undefined>;
        /**
         * The category is not in MedRec's vocabulary (`medrec_primitives::records::category`,
         * listed in the pallets' README).
         */
        UnknownCategory: PlainDescriptor<undefined>;
        /**
         * The provider already published a pointer under this reference.
         */
        DuplicateReference: PlainDescriptor<undefined>;
        /**
         * The patient and provider's previous relationship ended with pointers still being
         * removed; `reap` removes them now.
         */
        StillEnding: PlainDescriptor<undefined>;
        /**
         * No ended relationship between them has pointers left to remove.
         */
        NothingToReap: PlainDescriptor<undefined>;
        /**
         * A pointer must expose at least one field.
         */
        NoFields: PlainDescriptor<undefined>;
        /**
         * The content hash is the one already recorded; nothing to update.
         */
        Unchanged: PlainDescriptor<undefined>;
        /**
         * A patient and a provider are two accounts.
         */
        SameAccount: PlainDescriptor<undefined>;
    };
    Permissions: {
        /**
         * The account is not a registered patient.
         */
        NotAPatient: PlainDescriptor<undefined>;
        /**
         * The account is not an active provider.
         */
        NotAProvider: PlainDescriptor<undefined>;
        /**
         * The account has never registered with MedRec.
         */
        NotRegistered: PlainDescriptor<undefined>;
        /**
         * No participant has this number.
         */
        UnknownParticipant: PlainDescriptor<undefined>;
        /**
         * No such group.
         */
        UnknownGroup: PlainDescriptor<undefined>;
        /**
         * No such record pointer.
         */
        UnknownPointer: PlainDescriptor<undefined>;
        /**
         * No such grant.
         */
        UnknownGrant: PlainDescriptor<undefined>;
        /**
         * The account is not a guardian of this patient.
         */
        UnknownGuardian: PlainDescriptor<undefined>;
        /**
         * No provider proposed this guardian to this patient.
         */
        UnknownProposal: PlainDescriptor<undefined>;
        /**
         * No such emergency access awaits review or the consortium.
         */
        UnknownEmergency: PlainDescriptor<undefined>;
        /**
         * The caller may not do this for this patient: not the patient, nor a guardian with the
         * power it takes, nor a provider with an active relationship with them.
         */
        NotAuthorized: PlainDescriptor<undefined>;
        /**
         * The account is a guardian of this patient already.
         */
        AlreadyGuardian: PlainDescriptor<undefined>;
        /**
         * A provider proposed this guardian to this patient already.
         */
        AlreadyProposed: PlainDescriptor<undefined>;
        /**
         * The provider is certified for emergency access already.
         */
        AlreadyCertified: PlainDescriptor<undefined>;
        /**
         * The patient has `MaxGrantsPerPatient` grants.
         */
        TooManyGrants: PlainDescriptor<undefined>;
        /**
         * The patient has `MaxGuardians` guardians.
         */
        TooManyGuardians: PlainDescriptor<undefined>;
        /**
         * `MaxGuardians` guardian proposals await this patient's answer.
         */
        TooManyProposals: PlainDescriptor<undefined>;
        /**
         * The expiry is not after the start.
         */
        InvalidWindow: PlainDescriptor<undefined>;
        /**
         * The guardianship would end now or in the past, or later than `MaxAppointedTerm`
         * from now (for a guardian the patient did not choose).
         */
        InvalidTerm: PlainDescriptor<undefined>;
        /**
         * A field scope must name at least one field.
         */
        NoFields: PlainDescriptor<undefined>;
        /**
         * The scope names a pointer of another patient.
         */
        WrongPatient: PlainDescriptor<undefined>;
        /**
         * A patient does not grant to themselves, guard themselves, nor break the glass on
         * their own record.
         */
        SelfGrant: PlainDescriptor<undefined>;
        /**
         * The grant has not expired; the patient revokes it instead.
         */
        NotExpired: PlainDescriptor<undefined>;
        /**
         * The provider is not certified for emergency access by the consortium.
         */
        NotCertified: PlainDescriptor<undefined>;
        /**
         * The caller is not a member of the group it breaks the glass through.
         */
        NotAGroupMember: PlainDescriptor<undefined>;
        /**
         * The provider reached `MaxEmergenciesPerWindow` emergency accesses in this window.
         */
        RateLimited: PlainDescriptor<undefined>;
        /**
         * The emergency access was reviewed already.
         */
        AlreadyReviewed: PlainDescriptor<undefined>;
        /**
         * The emergency access is not contested.
         */
        NotContested: PlainDescriptor<undefined>;
        /**
         * A category scope names a code outside MedRec's vocabulary
         * (`medrec_primitives::records::category`): no record could ever be in it.
         */
        UnknownCategory: PlainDescriptor<undefined>;
    };
    Research: {
        /**
         * The account is not an active researcher (admitted by the consortium, not suspended).
         */
        NotAResearcher: PlainDescriptor<undefined>;
        /**
         * The account is not an active provider.
         */
        NotAProvider: PlainDescriptor<undefined>;
        /**
         * The account is not a registered patient.
         */
        NotAPatient: PlainDescriptor<undefined>;
        /**
         * The collator account is not bound to a researcher: nothing to unbind.
         */
        NotBound: PlainDescriptor<undefined>;
        /**
         * No bounty query has this id.
         */
        UnknownBounty: PlainDescriptor<undefined>;
        /**
         * No open request has this id: it never existed, or it was completed or expired and
         * closed.
         */
        UnknownRequest: PlainDescriptor<undefined>;
        /**
         * The collator is bound already, the consent is given already, the query answered
         * already.
         */
        AlreadyExists: PlainDescriptor<undefined>;
        /**
         * The caller may not do this: not the collator or its researcher, not a provider the
         * request asked.
         */
        NotAuthorized: PlainDescriptor<undefined>;
        /**
         * A bound is reached: collators per researcher, providers per request, templates,
         * consents.
         */
        TooMany: PlainDescriptor<undefined>;
        /**
         * The researcher has fewer credits than the request costs.
         */
        InsufficientCredits: PlainDescriptor<undefined>;
        /**
         * The cohort is smaller than the request's, the provider's or the consortium's floor.
         */
        CohortTooSmall: PlainDescriptor<undefined>;
        /**
         * The provider's release policy does not answer this template.
         */
        TemplateNotReleased: PlainDescriptor<undefined>;
        /**
         * The request is still open.
         */
        NotExpired: PlainDescriptor<undefined>;
        /**
         * The request has expired.
         */
        Expired: PlainDescriptor<undefined>;
        /**
         * A request must ask at least one provider, each once.
         */
        BadTargets: PlainDescriptor<undefined>;
        /**
         * Parameters must give a positive request lifetime and a cohort floor of at least 1.
         */
        BadParameters: PlainDescriptor<undefined>;
        /**
         * The patient is not opted in to this category.
         */
        NotOptedIn: PlainDescriptor<undefined>;
        /**
         * Bounty query parameters are longer than `MaxParamsLen` bytes.
         */
        ParamsTooLong: PlainDescriptor<undefined>;
        /**
         * Bounty query parameters are empty or hold a byte outside printable ASCII.
         */
        InvalidParams: PlainDescriptor<undefined>;
        /**
         * The cohort is larger than the number of patients who have an active relationship
         * with the provider and consent to research ([`ConsentingPatientsOf`]): the answer
         * would count patients the chain cannot account for. Count only those patients.
         */
        CohortExceedsConsentingPatients: PlainDescriptor<undefined>;
    };
};
type IConstants = {
    System: {
        /**
         * Block & extrinsics weights: base values and limits.
         */
        BlockWeights: PlainDescriptor<Anonymize<In7a38730s6qs>>;
        /**
         * The maximum length of a block (in bytes).
         */
        BlockLength: PlainDescriptor<Anonymize<Ibtil0ss5munbk>>;
        /**
         * Maximum number of block number to block hash mappings to keep (oldest pruned first).
         */
        BlockHashCount: PlainDescriptor<number>;
        /**
         * The weight of runtime database operations the runtime can invoke.
         */
        DbWeight: PlainDescriptor<Anonymize<I9s0ave7t0vnrk>>;
        /**
         * Get the chain's in-code version.
         */
        Version: PlainDescriptor<Anonymize<I4fo08joqmcqnm>>;
        /**
         * The designated SS58 prefix of this chain.
         *
         * This replaces the "ss58Format" property declared in the chain spec. Reason is
         * that the runtime should know about the prefix in order to make use of it as
         * an identifier of the chain.
         */
        SS58Prefix: PlainDescriptor<number>;
    };
    ParachainSystem: {
        /**
         * Returns the parachain ID we are running with.
         */
        SelfParaId: PlainDescriptor<number>;
    };
    Timestamp: {
        /**
         * The minimum period between blocks.
         *
         * Be aware that this is different to the *expected* period that the block production
         * apparatus provides. Your chosen consensus system will generally work with this to
         * determine a sensible block time. For example, in the Aura pallet it will be double this
         * period on default settings.
         */
        MinimumPeriod: PlainDescriptor<bigint>;
    };
    Balances: {
        /**
         * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
         *
         * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
         * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
         * In case you have multiple sources of provider references, you may also get unexpected
         * behaviour if you set this to zero.
         *
         * Bottom line: Do yourself a favour and make it at least one!
         */
        ExistentialDeposit: PlainDescriptor<bigint>;
        /**
         * The maximum number of locks that should exist on an account.
         * Not strictly enforced, but used for weight estimation.
         *
         * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        MaxLocks: PlainDescriptor<number>;
        /**
         * The maximum number of named reserves that can exist on an account.
         *
         * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
         */
        MaxReserves: PlainDescriptor<number>;
        /**
         * The maximum number of individual freeze locks that can exist on an account at any time.
         */
        MaxFreezes: PlainDescriptor<number>;
    };
    TransactionPayment: {
        /**
         * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
         * `priority`
         *
         * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
         * added to a tip component in regular `priority` calculations.
         * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
         * extrinsic (with no tip), by including a tip value greater than the virtual tip.
         *
         * ```rust,ignore
         * // For `Normal`
         * let priority = priority_calc(tip);
         *
         * // For `Operational`
         * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
         * let priority = priority_calc(tip + virtual_tip);
         * ```
         *
         * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
         * sent with the transaction. So, not only does the transaction get a priority bump based
         * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
         * transactions.
         */
        OperationalFeeMultiplier: PlainDescriptor<number>;
    };
    Consortium: {
        /**
         * The maximum weight of a dispatch call that can be proposed and executed.
         */
        MaxProposalWeight: PlainDescriptor<Anonymize<I4q39t5hn830vp>>;
    };
    CollatorSelection: {
        /**
         * Account Identifier from which the internal Pot is generated.
         */
        PotId: PlainDescriptor<SizedHex<8>>;
        /**
         * Maximum number of candidates that we should have.
         *
         * This does not take into account the invulnerables.
         */
        MaxCandidates: PlainDescriptor<number>;
        /**
         * Minimum number eligible collators. Should always be greater than zero. This includes
         * Invulnerable collators. This ensures that there will always be one collator who can
         * produce a block.
         */
        MinEligibleCollators: PlainDescriptor<number>;
        /**
         * Maximum number of invulnerables.
         */
        MaxInvulnerables: PlainDescriptor<number>;
        /**
        
         */
        KickThreshold: PlainDescriptor<number>;
        /**
         * Gets this pallet's derived pot account.
         */
        pot_account: PlainDescriptor<SS58String>;
    };
    Session: {
        /**
         * The amount to be held when setting keys.
         */
        KeyDeposit: PlainDescriptor<bigint>;
    };
    Aura: {
        /**
         * The slot duration Aura should run with, expressed in milliseconds.
         *
         * The effective value of this type can be changed with a runtime upgrade.
         *
         * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
         */
        SlotDuration: PlainDescriptor<bigint>;
    };
    XcmpQueue: {
        /**
         * The maximum number of inbound XCMP channels that can be suspended simultaneously.
         *
         * Any further channel suspensions will fail and messages may get dropped without further
         * notice. Choosing a high value (1000) is okay; the trade-off that is described in
         * [`InboundXcmpSuspended`] still applies at that scale.
         */
        MaxInboundSuspended: PlainDescriptor<number>;
        /**
         * Maximal number of outbound XCMP channels that can have messages queued at the same time.
         *
         * If this is reached, then no further messages can be sent to channels that do not yet
         * have a message queued. This should be set to the expected maximum of outbound channels
         * which is determined by [`Self::ChannelInfo`]. It is important to set this large enough,
         * since otherwise the congestion control protocol will not work as intended and messages
         * may be dropped. This value increases the PoV and should therefore not be picked too
         * high. Governance needs to pay attention to not open more channels than this value.
         */
        MaxActiveOutboundChannels: PlainDescriptor<number>;
        /**
         * The maximal page size for HRMP message pages.
         *
         * A lower limit can be set dynamically, but this is the hard-limit for the PoV worst case
         * benchmarking. The limit for the size of a message is slightly below this, since some
         * overhead is incurred for encoding the format.
         */
        MaxPageSize: PlainDescriptor<number>;
    };
    PolkadotXcm: {
        /**
         * This chain's Universal Location.
         */
        UniversalLocation: PlainDescriptor<XcmV5Junctions>;
        /**
         * The latest supported version that we advertise. Generally just set it to
         * `pallet_xcm::CurrentXcmVersion`.
         */
        AdvertisedXcmVersion: PlainDescriptor<number>;
        /**
         * The maximum number of local XCM locks that a single account may have.
         */
        MaxLockers: PlainDescriptor<number>;
        /**
         * The maximum number of consumers a single remote lock may have.
         */
        MaxRemoteLockConsumers: PlainDescriptor<number>;
    };
    MessageQueue: {
        /**
         * The size of the page; this implies the maximum message size which can be sent.
         *
         * A good value depends on the expected message sizes, their weights, the weight that is
         * available for processing them and the maximal needed message size. The maximal message
         * size is slightly lower than this as defined by [`MaxMessageLenOf`].
         */
        HeapSize: PlainDescriptor<number>;
        /**
         * The maximum number of stale pages (i.e. of overweight messages) allowed before culling
         * can happen. Once there are more stale pages than this, then historical pages may be
         * dropped, even if they contain unprocessed overweight messages.
         */
        MaxStale: PlainDescriptor<number>;
        /**
         * The amount of weight (if any) which should be provided to the message queue for
         * servicing enqueued items `on_initialize`.
         *
         * This may be legitimately `None` in the case that you will call
         * `ServiceQueues::service_queues` manually or set [`Self::IdleMaxServiceWeight`] to have
         * it run in `on_idle`.
         */
        ServiceWeight: PlainDescriptor<Anonymize<Iasb8k6ash5mjn>>;
        /**
         * The maximum amount of weight (if any) to be used from remaining weight `on_idle` which
         * should be provided to the message queue for servicing enqueued items `on_idle`.
         * Useful for parachains to process messages at the same block they are received.
         *
         * If `None`, it will not call `ServiceQueues::service_queues` in `on_idle`.
         */
        IdleMaxServiceWeight: PlainDescriptor<Anonymize<Iasb8k6ash5mjn>>;
    };
    Utility: {
        /**
         * The limit on the number of batched calls.
         */
        batched_calls_limit: PlainDescriptor<number>;
    };
    Proxy: {
        /**
         * The base amount of currency needed to reserve for creating a proxy.
         *
         * This is held for an additional storage item whose value size is
         * `sizeof(Balance)` bytes and whose key size is `sizeof(AccountId)` bytes.
         */
        ProxyDepositBase: PlainDescriptor<bigint>;
        /**
         * The amount of currency needed per proxy added.
         *
         * This is held for adding 32 bytes plus an instance of `ProxyType` more into a
         * pre-existing storage value. Thus, when configuring `ProxyDepositFactor` one should take
         * into account `32 + proxy_type.encode().len()` bytes of data.
         */
        ProxyDepositFactor: PlainDescriptor<bigint>;
        /**
         * The maximum amount of proxies allowed for a single account.
         */
        MaxProxies: PlainDescriptor<number>;
        /**
         * The maximum amount of time-delayed announcements that are allowed to be pending.
         */
        MaxPending: PlainDescriptor<number>;
        /**
         * The base amount of currency needed to reserve for creating an announcement.
         *
         * This is held when a new storage item holding a `Balance` is created (typically 16
         * bytes).
         */
        AnnouncementDepositBase: PlainDescriptor<bigint>;
        /**
         * The amount of currency needed per announcement made.
         *
         * This is held for adding an `AccountId`, `Hash` and `BlockNumber` (typically 68 bytes)
         * into a pre-existing storage value.
         */
        AnnouncementDepositFactor: PlainDescriptor<bigint>;
    };
    Recovery: {
        /**
         * Security deposit taken for each attempt that the initiator needs to place.
         */
        SecurityDeposit: PlainDescriptor<bigint>;
        /**
         * DO NOT REDUCE THIS VALUE. Maximum number of friends per account config.
         *
         * Reducing this value can cause decoding errors in the bounded vectors.
         */
        MaxFriendsPerConfig: PlainDescriptor<number>;
    };
    Registrar: {
        /**
         * Deposit per storage item a participant creates.
         */
        DepositPerItem: PlainDescriptor<bigint>;
        /**
         * Deposit per byte of storage a participant creates.
         */
        DepositPerByte: PlainDescriptor<bigint>;
        /**
         * Longest institution name, in bytes.
         */
        MaxNameLen: PlainDescriptor<number>;
        /**
         * Longest gatekeeper URL, in bytes.
         */
        MaxEndpointLen: PlainDescriptor<number>;
        /**
         * Most identifier hashes one participant may bind.
         */
        MaxIdentifiers: PlainDescriptor<number>;
        /**
         * Most members of one group.
         */
        MaxGroupMembers: PlainDescriptor<number>;
        /**
         * Most groups one provider may manage.
         */
        MaxGroupsPerOwner: PlainDescriptor<number>;
        /**
         * Most groups one account may belong to.
         */
        MaxMemberships: PlainDescriptor<number>;
        /**
         * Most receipts one anchor may cover.
         */
        MaxReceiptsPerAnchor: PlainDescriptor<number>;
    };
    Relationships: {
        /**
         * Deposit per storage item created.
         */
        DepositPerItem: PlainDescriptor<bigint>;
        /**
         * Deposit per byte of storage created.
         */
        DepositPerByte: PlainDescriptor<bigint>;
        /**
         * Most pointers one call removes: `terminate` removes at most this many of the
         * relationship's pointers itself and leaves the rest to idle time and `reap`.
         */
        MaxRemovedAtOnce: PlainDescriptor<number>;
        /**
         * Most relationships (open or invited) one patient may have.
         */
        MaxRelationshipsPerPatient: PlainDescriptor<number>;
    };
    Permissions: {
        /**
         * Deposit per storage item created.
         */
        DepositPerItem: PlainDescriptor<bigint>;
        /**
         * Deposit per byte of storage created.
         */
        DepositPerByte: PlainDescriptor<bigint>;
        /**
         * Most grants one patient may have at once.
         */
        MaxGrantsPerPatient: PlainDescriptor<number>;
        /**
         * Most active relationships one patient may have (the relationships pallet's bound).
         */
        MaxActiveRelationships: PlainDescriptor<number>;
        /**
         * Most guardians one patient may have, and most guardian proposals awaiting their
         * answer.
         */
        MaxGuardians: PlainDescriptor<number>;
        /**
         * The longest a guardianship the patient did not choose themselves may run, in blocks:
         * a provider's proposal or the consortium's appointment ends by then, and is renewed
         * only by deciding again.
         */
        MaxAppointedTerm: PlainDescriptor<number>;
        /**
         * How long an emergency grant lasts, in blocks.
         */
        EmergencyDuration: PlainDescriptor<number>;
        /**
         * The window over which emergency accesses are counted per provider, in blocks.
         */
        EmergencyWindow: PlainDescriptor<number>;
        /**
         * Most emergency accesses one provider may open per window.
         */
        MaxEmergenciesPerWindow: PlainDescriptor<number>;
    };
    Research: {
        /**
         * The parameters until the consortium sets others.
         */
        DefaultParameters: PlainDescriptor<Anonymize<I8d54mccf5mgn8>>;
        /**
         * Deposit per storage item created.
         */
        DepositPerItem: PlainDescriptor<bigint>;
        /**
         * Deposit per byte of storage created.
         */
        DepositPerByte: PlainDescriptor<bigint>;
        /**
         * Most collators one researcher may bind.
         */
        MaxCollatorsPerResearcher: PlainDescriptor<number>;
        /**
         * Most providers one request may ask.
         */
        MaxTargets: PlainDescriptor<number>;
        /**
         * Most templates in a release policy.
         */
        MaxTemplates: PlainDescriptor<number>;
        /**
         * Most categories one patient may opt in to.
         */
        MaxConsents: PlainDescriptor<number>;
        /**
         * Longest bounty query parameters, in bytes.
         */
        MaxParamsLen: PlainDescriptor<number>;
    };
};
type IViewFns = {
    Proxy: {
        /**
         * Check if a `RuntimeCall` is allowed for a given `ProxyType`.
         */
        check_permissions: RuntimeDescriptor<[call: Anonymize<Ieq13n11iu8got>, proxy_type: Anonymize<Ieb58ba27tkuu1>], boolean>;
        /**
         * Check if one `ProxyType` is a subset of another `ProxyType`.
         */
        is_superset: RuntimeDescriptor<[to_check: Anonymize<Ieb58ba27tkuu1>, against: Anonymize<Ieb58ba27tkuu1>], boolean>;
    };
    Recovery: {
        /**
         * The provided block number that will be used to measure time.
         */
        provided_block_number: RuntimeDescriptor<[], number>;
        /**
         * The friend groups of an account that can initiate recovery attempts.
         */
        friend_groups: RuntimeDescriptor<[lost: SS58String], Anonymize<I4sut8eue4ivos>>;
        /**
         * Ongoing recovery attempts for a lost account.
         */
        attempts: RuntimeDescriptor<[lost: SS58String], Anonymize<Ifl19kf0ds243k>>;
        /**
         * The account that inherited full access to the lost account.
         */
        inheritor: RuntimeDescriptor<[lost: SS58String], Anonymize<Ihfphjolmsqq1>>;
        /**
         * All the recovered accounts that `heir` inherited access to.
         */
        inheritance: RuntimeDescriptor<[heir: SS58String], Anonymize<Ia2lhg7l2hilo3>>;
    };
};
type IRuntimeCalls = {
    /**
     * API necessary for block authorship with aura.
     */
    AuraApi: {
        /**
         * Returns the slot duration for Aura.
         *
         * Currently, only the value provided by this type at genesis will be used.
         */
        slot_duration: RuntimeDescriptor<[], bigint>;
        /**
         * Return the current set of authorities.
         */
        authorities: RuntimeDescriptor<[], Anonymize<Ic5m5lp1oioo8r>>;
    };
    /**
     * The authority discovery api.
     *
     * This api is used by the `client/authority-discovery` module to retrieve identifiers
     * of the current and next authority set.
     */
    AuthorityDiscoveryApi: {
        /**
         * Retrieve authority identifiers of the current and next authority set.
         */
        authorities: RuntimeDescriptor<[], Anonymize<Ic5m5lp1oioo8r>>;
    };
    /**
     * This runtime API is used to inform potential block authors whether they will
     * have the right to author at a slot, assuming they have claimed the slot.
     *
     * In particular, this API allows Aura-based parachains to regulate their "unincluded segment",
     * which is the section of the head of the chain which has not yet been made available in the
     * relay chain.
     *
     * When the unincluded segment is short, Aura chains will allow authors to create multiple
     * blocks per slot in order to build a backlog. When it is saturated, this API will limit
     * the amount of blocks that can be created.
     *
     * Changes:
     * - Version 2: Update to `can_build_upon` to take a relay chain `Slot` instead of a parachain `Slot`.
     */
    AuraUnincludedSegmentApi: {
        /**
         * Whether it is legal to extend the chain, assuming the given block is the most
         * recently included one as-of the relay parent that will be built against, and
         * the given relay chain slot.
         *
         * This should be consistent with the logic the runtime uses when validating blocks to
         * avoid issues.
         *
         * When the unincluded segment is empty, i.e. `included_hash == at`, where at is the block
         * whose state we are querying against, this must always return `true` as long as the slot
         * is more recent than the included block itself.
         */
        can_build_upon: RuntimeDescriptor<[included_hash: SizedHex<32>, slot: bigint], boolean>;
    };
    /**
     * API to tell the node side how the relay parent should be chosen and how claim queue
     * offsets are determined.
     *
     * A larger relay parent offset indicates that the relay parent should not be the tip of
     * the relay chain, but `N` blocks behind the tip. This offset is then enforced by the
     * runtime.
     *
     * The max claim queue offset determines how far "into the future" collators target when
     * selecting cores from the claim queue. This provides async backing flexibility while
     * preventing collators from skipping slots.
     * See: <https://github.com/paritytech/polkadot-sdk/issues/8893>
     *
     * WARNING: collators call these methods in the on-chain context, which resolves
     * `:pending_code`: while an upgrade is pending the answer comes from the new blob, before its
     * migrations have run. Implementations must NOT read state that a migration changes.
     *
     * Version history:
     * - Version 1: Initial version with `relay_parent_offset` only
     * - Version 2: Added `max_claim_queue_offset` method
     */
    RelayParentOffsetApi: {
        /**
         * Fetch the relay parent offset that is expected from the relay chain.
         *
         * This determines how many blocks behind the relay chain tip the relay parent should be.
         */
        relay_parent_offset: RuntimeDescriptor<[], number>;
        /**
         * Maximum claim queue offset for async backing flexibility.
         *
         * Bounds how far "into the future" a candidate may look in the claim queue when
         * selecting a core. The effective claim queue depth depends on the candidate version:
         *
         * - **V1/V2 candidates**: the claim queue is looked up at the candidate's `relay_parent`,
         * which is `relay_parent_offset` blocks behind the relay-chain tip. The effective
         * depth is `relay_parent_offset + max_claim_queue_offset`.
         *
         * - **V3 candidates**: the claim queue is looked up at the candidate's
         * `scheduling_parent` — the relay-chain block of the *last finished* slot, decoupled
         * from the execution-context `relay_parent`. The effective depth is just
         * `max_claim_queue_offset`.
         *
         * Collators select a core via an offset in `[0, max_claim_queue_offset]`.
         *
         * - **V2 candidates**: `max_claim_queue_offset = 1` is sufficient. The claim queue is
         * looked up at `relay_parent`, which sits behind the tip. Offset 0 covers synchronous
         * backing in the next relay block; offset 1 covers asynchronous backing in the relay
         * block after that.
         *
         * - **V3 candidates**: offset 0 is not reachable — the `scheduling_parent`
         * is usually the leaf when picked, but its child is already being built, so there is
         * no opportunity to land in the next relay block. Offset 1 is reachable under
         * synchronous-backing semantics. For elastic scaling the last block in the bundle is
         * built near the end of the current slot, which makes offset 1 too tight —
         * `max_claim_queue_offset = 2` is the minimum cap that keeps elastic scaling viable.
         *
         * Note: this method was added in `api_version = 2`. Collators calling on runtimes that
         * only implement `api_version = 1` of [`RelayParentOffsetApi`] will receive an error
         * and should fall back to a sensible default (current collator defaults: `1` on the
         * V3 path, `0` on the V1/V2 path).
         *
         * See: <https://github.com/paritytech/polkadot-sdk/issues/8893>
         */
        max_claim_queue_offset: RuntimeDescriptor<[], number>;
    };
    /**
     * API to tell the node side whether V3 scheduling is enabled.
     *
     * When enabled, collators must produce V3 candidates with:
     * - ParachainBlockData::V2 containing the scheduling proof
     * - CandidateDescriptorV3 with scheduling_parent
     *
     * This is mutually exclusive with relay parent offset (building on older
     * relay parents). A parachain enables V3 when it wants low-latency block
     * production with the dual-parent model.
     *
     * WARNING: collators call this in the on-chain context, which resolves `:pending_code`: while
     * an upgrade is pending the answer comes from the new blob, before its migrations have run.
     * Implementations must NOT read state that a migration changes.
     */
    SchedulingV3EnabledApi: {
        /**
         * Returns true if V3 scheduling is enabled for this parachain.
         */
        scheduling_v3_enabled: RuntimeDescriptor<[], boolean>;
    };
    /**
     * The `Core` runtime api that every Substrate runtime needs to implement.
     */
    Core: {
        /**
         * Returns the version of the runtime.
         */
        version: RuntimeDescriptor<[], Anonymize<I4fo08joqmcqnm>>;
        /**
         * Execute the given block.
         */
        execute_block: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>], undefined>;
        /**
         * Initialize a block with the given header and return the runtime executive mode.
         */
        initialize_block: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], Anonymize<I2v50gu3s1aqk6>>;
    };
    /**
     * The `Metadata` api trait that returns metadata for the runtime.
     */
    Metadata: {
        /**
         * Returns the metadata of a runtime.
         */
        metadata: RuntimeDescriptor<[], Uint8Array>;
        /**
         * Returns the metadata at a given version.
         *
         * If the given `version` isn't supported, this will return `None`.
         * Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
         */
        metadata_at_version: RuntimeDescriptor<[version: number], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns the supported metadata versions.
         *
         * This can be used to call `metadata_at_version`.
         */
        metadata_versions: RuntimeDescriptor<[], Anonymize<Icgljjb6j82uhn>>;
    };
    /**
     * The `BlockBuilder` api trait that provides the required functionality for building a block.
     */
    BlockBuilder: {
        /**
         * Apply the given extrinsic.
         *
         * Returns an inclusion outcome which specifies if this extrinsic is included in
         * this block or not.
         */
        apply_extrinsic: RuntimeDescriptor<[extrinsic: Uint8Array], Anonymize<I97noe7993a5hn>>;
        /**
         * Finish the current block.
         */
        finalize_block: RuntimeDescriptor<[], Anonymize<Ic952bubvq4k7d>>;
        /**
         * Generate inherent extrinsics. The inherent data will vary from chain to chain.
         */
        inherent_extrinsics: RuntimeDescriptor<[inherent: Anonymize<If7uv525tdvv7a>], Anonymize<Itom7fk49o0c9>>;
        /**
         * Check that the inherents are valid. The inherent data will vary from chain to chain.
         */
        check_inherents: RuntimeDescriptor<[block: Anonymize<Iaqet9jc3ihboe>, data: Anonymize<If7uv525tdvv7a>], Anonymize<I2an1fs2eiebjp>>;
    };
    /**
     * The `TaggedTransactionQueue` api trait for interfering with the transaction queue.
     */
    TaggedTransactionQueue: {
        /**
         * Validate the transaction.
         *
         * This method is invoked by the transaction pool to learn details about given transaction.
         * The implementation should make sure to verify the correctness of the transaction
         * against current state. The given `block_hash` corresponds to the hash of the block
         * that is used as current state.
         *
         * Note that this call may be performed by the pool multiple times and transactions
         * might be verified in any possible order.
         */
        validate_transaction: RuntimeDescriptor<[source: TransactionValidityTransactionSource, tx: Uint8Array, block_hash: SizedHex<32>], Anonymize<I9ask1o4tfvcvs>>;
    };
    /**
     * The offchain worker api.
     */
    OffchainWorkerApi: {
        /**
         * Starts the off-chain task for given block header.
         */
        offchain_worker: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], undefined>;
    };
    /**
     * Session keys runtime api.
     */
    SessionKeys: {
        /**
         * Generate a set of session keys with optionally using the given seed.
         * The keys should be stored within the keystore exposed via runtime
         * externalities.
         *
         * The seed needs to be a valid `utf8` string.
         *
         * Returns the concatenated SCALE encoded public keys.
         */
        generate_session_keys: RuntimeDescriptor<[owner: Uint8Array, seed: Anonymize<Iabpgqcjikia83>], Anonymize<I4ph3d1eepnmr1>>;
        /**
         * Decode the given public session keys.
         *
         * Returns the list of public raw public keys + key type.
         */
        decode_session_keys: RuntimeDescriptor<[encoded: Uint8Array], Anonymize<Icerf8h8pdu8ss>>;
    };
    /**
     * The API to query account nonce.
     */
    AccountNonceApi: {
        /**
         * Get current account nonce of given `AccountId`.
         */
        account_nonce: RuntimeDescriptor<[account: SS58String], number>;
    };
    /**
    
     */
    TransactionPaymentApi: {
        /**
        
         */
        query_info: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
        
         */
        query_fee_details: RuntimeDescriptor<[uxt: Uint8Array, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
        
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
        
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
    
     */
    TransactionPaymentCallApi: {
        /**
         * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
         */
        query_call_info: RuntimeDescriptor<[call: Anonymize<Ieq13n11iu8got>, len: number], Anonymize<I6spmpef2c7svf>>;
        /**
         * Query fee details of a given encoded `Call`.
         */
        query_call_fee_details: RuntimeDescriptor<[call: Anonymize<Ieq13n11iu8got>, len: number], Anonymize<Iei2mvq0mjvt81>>;
        /**
         * Query the output of the current `WeightToFee` given some input.
         */
        query_weight_to_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>], bigint>;
        /**
         * Query the output of the current `LengthToFee` given some input.
         */
        query_length_to_fee: RuntimeDescriptor<[length: number], bigint>;
    };
    /**
     * Runtime api to collect information about a collation.
     *
     * Version history:
     * - Version 2: Changed [`Self::collect_collation_info`] signature
     * - Version 3: Signals to the node to use version 1 of [`ParachainBlockData`].
     */
    CollectCollationInfo: {
        /**
         * Collect information about a collation.
         *
         * The given `header` is the header of the built block for that
         * we are collecting the collation info for.
         */
        collect_collation_info: RuntimeDescriptor<[header: Anonymize<Ic952bubvq4k7d>], Anonymize<Ic1d4u2opv3fst>>;
    };
    /**
     * Runtime api used to access general info about a parachain runtime.
     */
    GetParachainInfo: {
        /**
         * Retrieve the parachain id used for runtime.
         */
        parachain_id: RuntimeDescriptor<[], number>;
    };
    /**
     * A trait of XCM payment API.
     *
     * API provides functionality for obtaining:
     *
     * * the weight required to execute an XCM message,
     * * a list of acceptable `AssetId`s for message execution payment,
     * * the cost of the weight in the specified acceptable `AssetId`.
     * * the fees for an XCM message delivery.
     *
     * To determine the execution weight of the calls required for
     * [`xcm::latest::Instruction::Transact`] instruction, `TransactionPaymentCallApi` can be used.
     */
    XcmPaymentApi: {
        /**
         * Returns a list of acceptable payment assets.
         *
         * # Arguments
         *
         * * `xcm_version`: Version.
         */
        query_acceptable_payment_assets: RuntimeDescriptor<[xcm_version: number], Anonymize<Iftvbctbo05fu4>>;
        /**
         * Returns a weight needed to execute a XCM.
         *
         * # Arguments
         *
         * * `message`: `VersionedXcm`.
         */
        query_xcm_weight: RuntimeDescriptor<[message: XcmVersionedXcm], Anonymize<Ic0c3req3mlc1l>>;
        /**
         * Converts a weight into a fee for the specified `AssetId`.
         *
         * # Arguments
         *
         * * `weight`: convertible `Weight`.
         * * `asset`: `VersionedAssetId`.
         */
        query_weight_to_asset_fee: RuntimeDescriptor<[weight: Anonymize<I4q39t5hn830vp>, asset: XcmVersionedAssetId], Anonymize<I7ocn4njqde3v5>>;
        /**
         * Query delivery fees V2.
         *
         * Get delivery fees for sending a specific `message` to a `destination`.
         * These always come in a specific asset, defined by the chain.
         *
         * # Arguments
         * * `message`: The message that'll be sent, necessary because most delivery fees are based on the
         * size of the message.
         * * `destination`: The destination to send the message to. Different destinations may use
         * different senders that charge different fees.
         */
        query_delivery_fees: RuntimeDescriptor<[destination: XcmVersionedLocation, message: XcmVersionedXcm, asset_id: XcmVersionedAssetId], Anonymize<Iek7ha36da9mf5>>;
    };
    /**
     * API for dry-running extrinsics and XCM programs to get the programs that need to be passed to the fees API.
     *
     * All calls return a vector of tuples (location, xcm) where each "xcm" is executed in "location".
     * If there's local execution, the location will be "Here".
     * This vector can be used to calculate both execution and delivery fees.
     *
     * Calls or XCMs might fail when executed, this doesn't mean the result of these calls will be an `Err`.
     * In those cases, there might still be a valid result, with the execution error inside it.
     * The only reasons why these calls might return an error are listed in the [`Error`] enum.
     */
    DryRunApi: {
        /**
         * Dry run call V2.
         */
        dry_run_call: RuntimeDescriptor<[origin: Anonymize<Idm2781vtt3rc3>, call: Anonymize<Ieq13n11iu8got>, result_xcms_version: number], Anonymize<I4ge31o2k57e7c>>;
        /**
         * Dry run XCM program
         */
        dry_run_xcm: RuntimeDescriptor<[origin_location: XcmVersionedLocation, xcm: XcmVersionedXcm], Anonymize<Ibv3d6avsmn63i>>;
    };
    /**
     * API for useful conversions between XCM `Location` and `AccountId`.
     */
    LocationToAccountApi: {
        /**
         * Converts `Location` to `AccountId`.
         */
        convert_location: RuntimeDescriptor<[location: XcmVersionedLocation], Anonymize<Ieh6nis3hdbtgi>>;
    };
    /**
     * API for querying trusted reserves and trusted teleporters.
     */
    TrustedQueryApi: {
        /**
         * Returns if the location is a trusted reserve for the asset.
         *
         * # Arguments
         * * `asset`: `VersionedAsset`.
         * * `location`: `VersionedLocation`.
         */
        is_trusted_reserve: RuntimeDescriptor<[asset: XcmVersionedAsset, location: XcmVersionedLocation], Anonymize<Icujp6hmv35vbn>>;
        /**
         * Returns if the asset can be teleported to the location.
         *
         * # Arguments
         * * `asset`: `VersionedAsset`.
         * * `location`: `VersionedLocation`.
         */
        is_trusted_teleporter: RuntimeDescriptor<[asset: XcmVersionedAsset, location: XcmVersionedLocation], Anonymize<Icujp6hmv35vbn>>;
    };
    /**
     * Reads MedRec's relationships, pointers, notifications and access rules.
     */
    MedRecApi: {
        /**
         * Every relationship of `patient` (at most the runtime's `MaxRelationshipsPerPatient`),
         * with how many pointers each holds: the patient's summary. Empty if `patient` is not
         * registered. Version 6 counts pointers; earlier versions listed them all.
         */
        patient_summary: RuntimeDescriptor<[patient: SS58String], Anonymize<I8v4orcom1lhf4>>;
        /**
         * What waits for `who`: as a patient, relationships that are `New` or `Updated`,
         * emergency accesses to review and guardians proposed or appointed (version 5); as a
         * guardian, their wards' emergency accesses (version 5); as a provider, invitations;
         * as a viewer, patients who share with them anew. From version 6, at most
         * [`MAX_NOTIFICATIONS`] of each kind.
         */
        notifications: RuntimeDescriptor<[who: SS58String], Anonymize<Ia7q0g44jc8eu2>>;
        /**
         * The pointer `id`, if it exists.
         */
        pointer: RuntimeDescriptor<[id: bigint], Anonymize<I91bc72iuhs42q>>;
        /**
         * Which of `fields` of `patient`'s `pointer` `viewer` may see in block `at` (`None`:
         * the block whose state is read), or why none. A gatekeeper serves a request only if
         * the answer holds every requested field.
         */
        can_access: RuntimeDescriptor<[viewer: SS58String, patient: SS58String, pointer: bigint, fields: bigint, at: Anonymize<I4arjljr6dpflb>], Anonymize<I4dvv3s4u5mdk>>;
        /**
         * Every grant `patient` has made (expired ones until they are removed).
         */
        grants_of: RuntimeDescriptor<[patient: SS58String], Anonymize<I91hokcufkp3ap>>;
        /**
         * Every grant `who` receives, by participant number or by account. Grants to groups
         * are listed under the group.
         */
        grants_received: RuntimeDescriptor<[who: SS58String], Anonymize<I91hokcufkp3ap>>;
        /**
         * `patient`'s emergency accesses awaiting review (the patient's and guardians'
         * inbox).
         */
        emergencies: RuntimeDescriptor<[patient: SS58String], Anonymize<I8s5sq5ng4n3d4>>;
        /**
         * The categories `patient` opted in to research on (none by default). Gatekeepers
         * count only these patients in aggregates.
         */
        research_consent: RuntimeDescriptor<[patient: SS58String], Anonymize<Icgljjb6j82uhn>>;
        /**
         * The research credits of `researcher`.
         */
        research_credits: RuntimeDescriptor<[researcher: SS58String], bigint>;
        /**
         * The templates `provider` answers (empty: every template) and the cohort floor that
         * applies to it; `None` if `provider` never registered.
         */
        release_policy: RuntimeDescriptor<[provider: SS58String], Anonymize<I8jdi6dsuqi4lj>>;
        /**
         * Whether `viewer` may see `fields` of `pointer` of `patient` at the current block, as
         * `can_access` decides, together with the pointer and its provider: the one question
         * a gatekeeper asks before disclosing.
         */
        authorize: RuntimeDescriptor<[viewer: SS58String, patient: SS58String, pointer: bigint, fields: bigint], Anonymize<Ib771ac12k9vl2>>;
        /**
         * How many receipt anchors `provider` has made and how many receipts they cover.
         */
        receipt_anchors: RuntimeDescriptor<[provider: SS58String], Anonymize<I8stk2eeqd9bi5>>;
        /**
         * Anchor `index` of `provider`, if made.
         */
        receipt_anchor: RuntimeDescriptor<[provider: SS58String, index: number], Anonymize<I99n94ep4qkt5l>>;
        /**
         * The patients `guardian` acts for now, oldest participant first.
         */
        wards: RuntimeDescriptor<[guardian: SS58String], Anonymize<I6mmi7blu3lk59>>;
        /**
         * A page of the pointers in the relationship between `patient` and `provider`, newest
         * first: those added before pointer `before` (`None`: from the newest), at most `limit`
         * and at most [`MAX_POINTER_PAGE`]. The next page starts before the last one given. Its
         * cost does not grow with the relationship's history.
         */
        pointers: RuntimeDescriptor<[patient: SS58String, provider: SS58String, before: Anonymize<I35p85j063s0il>, limit: number], Anonymize<I9lefo7hq5e0dc>>;
        /**
         * The pointer `provider` published under `reference`, if any: a provider's references
         * are unique, so its gatekeeper finds what it published without paging.
         */
        pointer_by_reference: RuntimeDescriptor<[provider: SS58String, reference: SizedHex<16>], Anonymize<I35p85j063s0il>>;
        /**
         * The participant number of `who` (`None`: never registered). It never changes, so a
         * provider's systems key patients by it: an account rotation orphans nothing.
         */
        participant_number: RuntimeDescriptor<[who: SS58String], Anonymize<I35p85j063s0il>>;
        /**
         * The account that holds participant number `number` now.
         */
        account_of: RuntimeDescriptor<[number: bigint], Anonymize<Ihfphjolmsqq1>>;
        /**
         * `authorize`, and the last block through which its answer holds: what a gatekeeper
         * keeps in its cache, until then or until a block's `access_changes` name the patient
         * or the viewer.
         */
        decide: RuntimeDescriptor<[viewer: SS58String, patient: SS58String, pointer: bigint, fields: bigint], Anonymize<I4glqv407bt2s3>>;
        /**
         * Whose answers this block may have changed (its events, read at the block's state).
         * One call per block tells a gatekeeper which cached answers to ask again.
         */
        access_changes: RuntimeDescriptor<[], Anonymize<I2hqrujrc67cmr>>;
    };
    /**
     * API to interact with `RuntimeGenesisConfig` for the runtime
     */
    GenesisBuilder: {
        /**
         * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the
         * storage.
         *
         * In the case of a FRAME-based runtime, this function deserializes the full
         * `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the
         * provided JSON blob is incorrect or incomplete or the deserialization fails, an error
         * is returned.
         *
         * Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no
         * defaults will be used.
         */
        build_state: RuntimeDescriptor<[json: Uint8Array], Anonymize<Ie9sr1iqcg3cgm>>;
        /**
         * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by
         * `id`.
         *
         * If `id` is `None` the function should return JSON blob representation of the default
         * `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default
         * `RuntimeGenesisConfig`.
         *
         * Otherwise function returns a JSON representation of the built-in, named
         * `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not
         * exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of
         * (potentially nested) key-value pairs that are intended for customizing the default
         * runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation
         * of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can
         * be used in `build_state` method.
         */
        get_preset: RuntimeDescriptor<[id: Anonymize<I1mqgk2tmnn9i2>], Anonymize<Iabpgqcjikia83>>;
        /**
         * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.
         *
         * The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If
         * no named presets are provided by the runtime the list is empty.
         */
        preset_names: RuntimeDescriptor<[], Anonymize<I6lr8sctk0bi4e>>;
    };
};
export type MedrecDispatchError = Anonymize<I2e7h8vec1rinm>;
type IAsset = PlainDescriptor<void>;
export type MedrecExtensions = {};
type PalletsTypedef = {
    __storage: IStorage;
    __tx: ICalls;
    __event: IEvent;
    __error: IError;
    __const: IConstants;
    __view: IViewFns;
};
export type Medrec = {
    descriptors: {
        pallets: PalletsTypedef;
        apis: IRuntimeCalls;
    } & Promise<any>;
    metadataTypes: Promise<Uint8Array>;
    asset: IAsset;
    extensions: MedrecExtensions;
    getMetadata: () => Promise<Uint8Array>;
    genesis: string | undefined;
};
declare const _allDescriptors: Medrec;
export default _allDescriptors;
export type MedrecApis = ApisFromDef<IRuntimeCalls>;
export type MedrecQueries = QueryFromPalletsDef<PalletsTypedef>;
export type MedrecCalls = TxFromPalletsDef<PalletsTypedef>;
export type MedrecEvents = EventsFromPalletsDef<PalletsTypedef>;
export type MedrecErrors = ErrorsFromPalletsDef<PalletsTypedef>;
export type MedrecConstants = ConstFromPalletsDef<PalletsTypedef>;
export type MedrecViewFns = ViewFnsFromPalletsDef<PalletsTypedef>;
export type MedrecCallData = Anonymize<Ieq13n11iu8got> & {
    value: {
        type: string;
    };
};
type AllInteractions = {
    storage: {
        System: ['Account', 'ExtrinsicCount', 'InherentsApplied', 'BlockWeight', 'BlockSize', 'BlockHash', 'ExtrinsicData', 'Number', 'ParentHash', 'Digest', 'Events', 'EventCount', 'EventTopics', 'LastRuntimeUpgrade', 'BlocksTillUpgrade', 'UpgradedToU32RefCount', 'UpgradedToTripleRefCount', 'ExecutionPhase', 'AuthorizedUpgrade', 'ExtrinsicWeightReclaimed'];
        ParachainSystem: ['BlockWeightMode', 'PreviousCoreCount', 'UnincludedSegment', 'AggregatedUnincludedSegment', 'PendingValidationCode', 'NewValidationCode', 'ValidationData', 'DidSetValidationCode', 'LastRelayChainBlockNumber', 'UpgradeRestrictionSignal', 'UpgradeGoAhead', 'RelayStateProof', 'RelevantMessagingState', 'HostConfiguration', 'LastDmqMqcHead', 'LastHrmpMqcHeads', 'ProcessedDownwardMessages', 'LastProcessedDownwardMessage', 'HrmpWatermark', 'LastProcessedHrmpMessage', 'HrmpOutboundMessages', 'UpwardMessages', 'PendingUpwardMessages', 'PendingUpwardSignals', 'PendingApprovedPeer', 'UpwardDeliveryFeeFactor', 'AnnouncedHrmpMessagesPerCandidate', 'ReservedXcmpWeightOverride', 'ReservedDmpWeightOverride', 'CustomValidationHeadData', 'PoVMessagesTracker'];
        Timestamp: ['Now', 'DidUpdate'];
        ParachainInfo: ['ParachainId'];
        Balances: ['TotalIssuance', 'InactiveIssuance', 'Account', 'Locks', 'Reserves', 'Holds', 'Freezes'];
        TransactionPayment: ['NextFeeMultiplier', 'StorageVersion', 'TxPaymentCredit'];
        Consortium: ['Proposals', 'ProposalOf', 'CostOf', 'Voting', 'ProposalCount', 'Members', 'Prime'];
        ConsortiumMembership: ['Members', 'Prime'];
        Sudo: ['Key'];
        Authorship: ['Author'];
        CollatorSelection: ['Invulnerables', 'CandidateList', 'LastAuthoredBlock', 'DesiredCandidates', 'CandidacyBond'];
        Session: ['Validators', 'CurrentIndex', 'QueuedChanged', 'QueuedKeys', 'DisabledValidators', 'NextKeys', 'KeyOwner', 'ExternallySetKeys'];
        Aura: ['Authorities', 'CurrentSlot'];
        AuraExt: ['Authorities', 'RelaySlotInfo'];
        AuthorityDiscovery: ['Keys', 'NextKeys'];
        XcmpQueue: ['InboundXcmpSuspended', 'OutboundXcmpStatus', 'OutboundXcmpMessages', 'SignalMessages', 'QueueConfig', 'QueueSuspended', 'DeliveryFeeFactor'];
        PolkadotXcm: ['QueryCounter', 'Queries', 'AssetTraps', 'SafeXcmVersion', 'SupportedVersion', 'VersionNotifiers', 'VersionNotifyTargets', 'VersionDiscoveryQueue', 'CurrentMigration', 'RemoteLockedFungibles', 'LockedFungibles', 'XcmExecutionSuspended', 'ShouldRecordXcm', 'RecordedXcm', 'AuthorizedAliases'];
        MessageQueue: ['BookStateFor', 'ServiceHead', 'Pages'];
        Proxy: ['Proxies', 'Announcements'];
        Recovery: ['FriendGroups', 'Attempt', 'Inheritor'];
        Registrar: ['Participants', 'NextParticipantId', 'Cards', 'AccountOf', 'ProviderProfiles', 'IdentifierOwner', 'IdentifiersOf', 'NextGroupId', 'Groups', 'GroupMembers', 'GroupsOwnedBy', 'ReceiptAnchors', 'AnchorTotalsOf'];
        Relationships: ['RelationshipsOf', 'RelationshipCount', 'Invitations', 'PointersOf', 'PointerByReference', 'Ending', 'NextPointerId', 'Pointers', 'SharedWith', 'SharedPending'];
        Permissions: ['PatientSharing', 'Wards', 'GuardianProposals', 'EmergencyCertified', 'EmergencyUse', 'NextEmergencyId', 'Emergencies', 'PendingReviews', 'ContestedEmergencies'];
        Research: ['Params', 'ResearcherOf', 'CollatorsOf', 'CreditsOf', 'Minted', 'Spent', 'NextBountyId', 'Bounties', 'NextRequestId', 'Requests', 'ConsentOf', 'Policies', 'ConsentingPatientsOf'];
    };
    tx: {
        System: ['remark', 'set_heap_pages', 'set_code', 'set_code_without_checks', 'set_storage', 'kill_storage', 'kill_prefix', 'remark_with_event', 'authorize_upgrade', 'authorize_upgrade_without_checks', 'apply_authorized_upgrade'];
        ParachainSystem: ['set_validation_data', 'sudo_send_upward_message'];
        Timestamp: ['set'];
        Balances: ['transfer_allow_death', 'force_transfer', 'transfer_keep_alive', 'transfer_all', 'force_unreserve', 'upgrade_accounts', 'force_set_balance', 'force_adjust_total_issuance', 'burn'];
        Consortium: ['set_members', 'execute', 'propose', 'vote', 'disapprove_proposal', 'close', 'kill', 'release_proposal_cost'];
        ConsortiumMembership: ['add_member', 'remove_member', 'swap_member', 'reset_members', 'change_key', 'set_prime', 'clear_prime'];
        Sudo: ['sudo', 'sudo_unchecked_weight', 'set_key', 'sudo_as', 'remove_key'];
        ConsortiumRoot: ['dispatch_as_root'];
        CollatorSelection: ['set_invulnerables', 'set_desired_candidates', 'set_candidacy_bond', 'register_as_candidate', 'leave_intent', 'add_invulnerable', 'remove_invulnerable', 'update_bond', 'take_candidate_slot'];
        Session: ['set_keys', 'purge_keys'];
        XcmpQueue: ['suspend_xcm_execution', 'resume_xcm_execution', 'update_suspend_threshold', 'update_drop_threshold', 'update_resume_threshold'];
        PolkadotXcm: ['send', 'teleport_assets', 'reserve_transfer_assets', 'execute', 'force_xcm_version', 'force_default_xcm_version', 'force_subscribe_version_notify', 'force_unsubscribe_version_notify', 'limited_reserve_transfer_assets', 'limited_teleport_assets', 'force_suspension', 'transfer_assets', 'claim_assets', 'transfer_assets_using_type_and_then', 'add_authorized_alias', 'remove_authorized_alias', 'remove_all_authorized_aliases'];
        MessageQueue: ['reap_page', 'execute_overweight'];
        Utility: ['batch', 'as_derivative', 'batch_all', 'dispatch_as', 'force_batch', 'with_weight', 'if_else', 'dispatch_as_fallible'];
        Proxy: ['proxy', 'add_proxy', 'remove_proxy', 'remove_proxies', 'create_pure', 'kill_pure', 'announce', 'remove_announcement', 'reject_announcement', 'proxy_announced', 'poke_deposit'];
        Recovery: ['control_inherited_account', 'revoke_inheritor', 'set_friend_groups', 'initiate_attempt', 'approve_attempt', 'finish_attempt', 'cancel_attempt', 'slash_attempt'];
        Registrar: ['register_patient', 'deregister', 'admit', 'revoke_role', 'suspend', 'reinstate', 'set_provider_profile', 'force_set_provider_profile', 'bind_identifier', 'unbind_identifier', 'create_group', 'add_group_member', 'remove_group_member', 'dissolve_group', 'rotate_account', 'force_rotate_account', 'anchor_receipts'];
        Relationships: ['open_relationship', 'invite_provider', 'add_pointer', 'update_pointer', 'remove_pointer', 'acknowledge', 'reject', 'terminate', 'acknowledge_shared', 'reap'];
        Permissions: ['grant', 'revoke', 'remove_expired', 'add_guardian', 'appoint_guardian', 'remove_guardian', 'certify_emergency', 'break_glass', 'review_emergency', 'close_contested', 'propose_guardian', 'accept_guardian', 'decline_guardian'];
        Research: ['bind_collator', 'unbind_collator', 'submit_bounty_query', 'answer_bounty_query', 'request_aggregate', 'answer_request', 'expire_request', 'set_consent', 'set_release_policy', 'set_parameters'];
    };
    events: {
        System: ['ExtrinsicSuccess', 'ExtrinsicFailed', 'CodeUpdated', 'NewAccount', 'KilledAccount', 'Remarked', 'UpgradeAuthorized', 'RejectedInvalidAuthorizedUpgrade'];
        ParachainSystem: ['ValidationFunctionStored', 'ValidationFunctionApplied', 'ValidationFunctionDiscarded', 'DownwardMessagesReceived', 'DownwardMessagesProcessed', 'UpwardMessageSent'];
        Balances: ['Endowed', 'DustLost', 'Transfer', 'BalanceSet', 'Reserved', 'Unreserved', 'ReserveRepatriated', 'Deposit', 'Withdraw', 'Slashed', 'Minted', 'MintedCredit', 'Burned', 'BurnedDebt', 'Suspended', 'Restored', 'Upgraded', 'Issued', 'Rescinded', 'Locked', 'Unlocked', 'Frozen', 'Thawed', 'TotalIssuanceForced', 'Held', 'BurnedHeld', 'TransferOnHold', 'TransferAndHold', 'Released', 'Unexpected'];
        TransactionPayment: ['TransactionFeePaid'];
        Consortium: ['Proposed', 'Voted', 'Approved', 'Disapproved', 'Executed', 'MemberExecuted', 'Closed', 'Killed', 'ProposalCostBurned', 'ProposalCostReleased'];
        ConsortiumMembership: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy'];
        Sudo: ['Sudid', 'KeyChanged', 'KeyRemoved', 'SudoAsDone'];
        CollatorSelection: ['NewInvulnerables', 'InvulnerableAdded', 'InvulnerableRemoved', 'NewDesiredCandidates', 'NewCandidacyBond', 'CandidateAdded', 'CandidateBondUpdated', 'CandidateRemoved', 'CandidateReplaced', 'InvalidInvulnerableSkipped'];
        Session: ['NewSession', 'NewQueued', 'ValidatorDisabled', 'ValidatorReenabled'];
        XcmpQueue: ['XcmpMessageSent'];
        PolkadotXcm: ['Attempted', 'Sent', 'SendFailed', 'ProcessXcmError', 'UnexpectedResponse', 'ResponseReady', 'Notified', 'NotifyOverweight', 'NotifyDispatchError', 'NotifyDecodeFailed', 'InvalidResponder', 'InvalidResponderVersion', 'ResponseTaken', 'AssetsTrapped', 'VersionChangeNotified', 'SupportedVersionChanged', 'NotifyTargetSendFail', 'NotifyTargetMigrationFail', 'InvalidQuerierVersion', 'InvalidQuerier', 'VersionNotifyStarted', 'VersionNotifyRequested', 'VersionNotifyUnrequested', 'FeesPaid', 'AssetsClaimed', 'VersionMigrationFinished', 'AliasAuthorized', 'AliasAuthorizationRemoved', 'AliasesAuthorizationsRemoved'];
        CumulusXcm: ['InvalidFormat', 'UnsupportedVersion', 'ExecutedDownward'];
        MessageQueue: ['ProcessingFailed', 'Processed', 'OverweightEnqueued', 'PageReaped'];
        Utility: ['BatchInterrupted', 'BatchCompleted', 'BatchCompletedWithErrors', 'ItemCompleted', 'ItemFailed', 'DispatchedAs', 'IfElseMainSuccess', 'IfElseFallbackCalled'];
        Proxy: ['ProxyExecuted', 'PureCreated', 'PureKilled', 'Announced', 'ProxyAdded', 'ProxyRemoved', 'DepositPoked'];
        Recovery: ['AttemptApproved', 'AttemptCanceled', 'AttemptInitiated', 'AttemptFinished', 'AttemptDiscarded', 'AttemptSlashed', 'FriendGroupsChanged', 'InheritorRevoked', 'RecoveredAccountControlled'];
        Registrar: ['PatientRegistered', 'Admitted', 'RoleRevoked', 'Suspended', 'Reinstated', 'ProviderProfileSet', 'IdentifierBound', 'IdentifierUnbound', 'GroupCreated', 'GroupMemberAdded', 'GroupMemberRemoved', 'GroupDissolved', 'AccountRotated', 'ReceiptsAnchored'];
        Relationships: ['RelationshipOpened', 'ProviderInvited', 'PointerAdded', 'PointerUpdated', 'PointerRemoved', 'RelationshipAcknowledged', 'RelationshipRejected', 'RelationshipTerminated', 'PointersReaped', 'SharedAcknowledged'];
        Permissions: ['AccessGranted', 'AccessRevoked', 'GrantExpired', 'GuardianAdded', 'GuardianProposed', 'GuardianProposalDeclined', 'GuardianRemoved', 'EmergencyCertificationSet', 'EmergencyAccessOpened', 'EmergencyReviewed', 'EmergencyClosed'];
        Research: ['CollatorBound', 'CollatorUnbound', 'BountyQuerySubmitted', 'BountyQueryAnswered', 'AggregateRequested', 'RequestAnswered', 'RequestCompleted', 'RequestExpired', 'ConsentSet', 'ReleasePolicySet', 'ParametersSet'];
    };
    errors: {
        System: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized'];
        ParachainSystem: ['OverlappingUpgrades', 'ProhibitedByPolkadot', 'TooBig', 'ValidationDataNotAvailable', 'HostConfigurationNotAvailable', 'NotScheduled'];
        Balances: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero'];
        Consortium: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive'];
        ConsortiumMembership: ['AlreadyMember', 'NotMember', 'TooManyMembers'];
        Sudo: ['RequireSudo'];
        CollatorSelection: ['TooManyCandidates', 'TooFewEligibleCollators', 'AlreadyCandidate', 'NotCandidate', 'TooManyInvulnerables', 'AlreadyInvulnerable', 'NotInvulnerable', 'NoAssociatedValidatorId', 'ValidatorNotRegistered', 'InsertToCandidateListFailed', 'RemoveFromCandidateListFailed', 'DepositTooLow', 'UpdateCandidateListFailed', 'InsufficientBond', 'TargetIsNotCandidate', 'IdenticalDeposit', 'InvalidUnreserve'];
        Session: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount'];
        XcmpQueue: ['BadQueueConfig', 'AlreadySuspended', 'AlreadyResumed', 'TooManyActiveOutboundChannels', 'TooBig'];
        PolkadotXcm: ['Unreachable', 'SendFailure', 'Filtered', 'UnweighableMessage', 'DestinationNotInvertible', 'Empty', 'CannotReanchor', 'TooManyAssets', 'InvalidOrigin', 'BadVersion', 'BadLocation', 'NoSubscription', 'AlreadySubscribed', 'CannotCheckOutTeleport', 'LowBalance', 'TooManyLocks', 'AccountNotSovereign', 'FeesNotMet', 'LockNotFound', 'InUse', 'InvalidAssetUnknownReserve', 'InvalidAssetUnsupportedReserve', 'TooManyReserves', 'LocalExecutionIncomplete', 'TooManyAuthorizedAliases', 'ExpiresInPast', 'AliasNotFound', 'LocalExecutionIncompleteWithError'];
        MessageQueue: ['NotReapable', 'NoPage', 'NoMessage', 'AlreadyProcessed', 'Queued', 'InsufficientWeight', 'TemporarilyUnprocessable', 'QueuePaused', 'RecursiveDisallowed'];
        Utility: ['TooManyCalls'];
        Proxy: ['TooMany', 'NotFound', 'NotProxy', 'Unproxyable', 'Duplicate', 'NoPermission', 'Unannounced', 'NoSelfProxy'];
        Recovery: ['AlreadyApproved', 'AlreadyInitiated', 'AlreadyVoted', 'HasOngoingAttempts', 'LostAccountInFriendGroup', 'HigherPriorityRecovered', 'NoCancelDelay', 'NoFriendGroups', 'NoFriends', 'NoInheritor', 'NotApproved', 'NotAttempt', 'NotCanceller', 'NotFriend', 'NotFriendGroup', 'NotInheritor', 'NotYetCancelable', 'NotYetInheritable', 'TooManyFriendGroups', 'TooManyFriendsNeeded', 'NoFriendsNeeded', 'FriendsNotSortedOrUnique', 'DuplicateFriendGroups'];
        Registrar: ['NotRegistered', 'RoleAlreadyHeld', 'RoleNotHeld', 'RoleNotAdmissible', 'NotAProvider', 'Suspended', 'AlreadySuspended', 'NotSuspended', 'StillAdmitted', 'UnknownIdentifier', 'IdentifierAlreadyBound', 'NotIdentifierOwner', 'TooManyIdentifiers', 'UnknownGroup', 'NotGroupOwner', 'NotAGroupMember', 'AlreadyAGroupMember', 'GroupFull', 'TooManyGroups', 'TooManyMemberships', 'GroupIdsExhausted', 'NameTooLong', 'InvalidName', 'EndpointTooLong', 'InvalidEndpoint', 'SameAccount', 'NewAccountInUse', 'NewAccountUnfunded', 'EmptyAnchor', 'TooManyReceipts', 'AnchorOverflow', 'AnchorNotNext'];
        Relationships: ['NotAPatient', 'NotAProvider', 'NotRegistered', 'UnknownRelationship', 'UnknownPointer', 'NotShared', 'AlreadyExists', 'NotAuthorized', 'TooMany', 'NotPending', 'Rejected', 'NotOpen', 'UnknownCategory', 'DuplicateReference', 'StillEnding', 'NothingToReap', 'NoFields', 'Unchanged', 'SameAccount'];
        Permissions: ['NotAPatient', 'NotAProvider', 'NotRegistered', 'UnknownParticipant', 'UnknownGroup', 'UnknownPointer', 'UnknownGrant', 'UnknownGuardian', 'UnknownProposal', 'UnknownEmergency', 'NotAuthorized', 'AlreadyGuardian', 'AlreadyProposed', 'AlreadyCertified', 'TooManyGrants', 'TooManyGuardians', 'TooManyProposals', 'InvalidWindow', 'InvalidTerm', 'NoFields', 'WrongPatient', 'SelfGrant', 'NotExpired', 'NotCertified', 'NotAGroupMember', 'RateLimited', 'AlreadyReviewed', 'NotContested', 'UnknownCategory'];
        Research: ['NotAResearcher', 'NotAProvider', 'NotAPatient', 'NotBound', 'UnknownBounty', 'UnknownRequest', 'AlreadyExists', 'NotAuthorized', 'TooMany', 'InsufficientCredits', 'CohortTooSmall', 'TemplateNotReleased', 'NotExpired', 'Expired', 'BadTargets', 'BadParameters', 'NotOptedIn', 'ParamsTooLong', 'InvalidParams', 'CohortExceedsConsentingPatients'];
    };
    constants: {
        System: ['BlockWeights', 'BlockLength', 'BlockHashCount', 'DbWeight', 'Version', 'SS58Prefix'];
        ParachainSystem: ['SelfParaId'];
        Timestamp: ['MinimumPeriod'];
        Balances: ['ExistentialDeposit', 'MaxLocks', 'MaxReserves', 'MaxFreezes'];
        TransactionPayment: ['OperationalFeeMultiplier'];
        Consortium: ['MaxProposalWeight'];
        CollatorSelection: ['PotId', 'MaxCandidates', 'MinEligibleCollators', 'MaxInvulnerables', 'KickThreshold', 'pot_account'];
        Session: ['KeyDeposit'];
        Aura: ['SlotDuration'];
        XcmpQueue: ['MaxInboundSuspended', 'MaxActiveOutboundChannels', 'MaxPageSize'];
        PolkadotXcm: ['UniversalLocation', 'AdvertisedXcmVersion', 'MaxLockers', 'MaxRemoteLockConsumers'];
        MessageQueue: ['HeapSize', 'MaxStale', 'ServiceWeight', 'IdleMaxServiceWeight'];
        Utility: ['batched_calls_limit'];
        Proxy: ['ProxyDepositBase', 'ProxyDepositFactor', 'MaxProxies', 'MaxPending', 'AnnouncementDepositBase', 'AnnouncementDepositFactor'];
        Recovery: ['SecurityDeposit', 'MaxFriendsPerConfig'];
        Registrar: ['DepositPerItem', 'DepositPerByte', 'MaxNameLen', 'MaxEndpointLen', 'MaxIdentifiers', 'MaxGroupMembers', 'MaxGroupsPerOwner', 'MaxMemberships', 'MaxReceiptsPerAnchor'];
        Relationships: ['DepositPerItem', 'DepositPerByte', 'MaxRemovedAtOnce', 'MaxRelationshipsPerPatient'];
        Permissions: ['DepositPerItem', 'DepositPerByte', 'MaxGrantsPerPatient', 'MaxActiveRelationships', 'MaxGuardians', 'MaxAppointedTerm', 'EmergencyDuration', 'EmergencyWindow', 'MaxEmergenciesPerWindow'];
        Research: ['DefaultParameters', 'DepositPerItem', 'DepositPerByte', 'MaxCollatorsPerResearcher', 'MaxTargets', 'MaxTemplates', 'MaxConsents', 'MaxParamsLen'];
    };
    viewFns: {
        Proxy: ['check_permissions', 'is_superset'];
        Recovery: ['provided_block_number', 'friend_groups', 'attempts', 'inheritor', 'inheritance'];
    };
    apis: {
        AuraApi: ['slot_duration', 'authorities'];
        AuthorityDiscoveryApi: ['authorities'];
        AuraUnincludedSegmentApi: ['can_build_upon'];
        RelayParentOffsetApi: ['relay_parent_offset', 'max_claim_queue_offset'];
        SchedulingV3EnabledApi: ['scheduling_v3_enabled'];
        Core: ['version', 'execute_block', 'initialize_block'];
        Metadata: ['metadata', 'metadata_at_version', 'metadata_versions'];
        BlockBuilder: ['apply_extrinsic', 'finalize_block', 'inherent_extrinsics', 'check_inherents'];
        TaggedTransactionQueue: ['validate_transaction'];
        OffchainWorkerApi: ['offchain_worker'];
        SessionKeys: ['generate_session_keys', 'decode_session_keys'];
        AccountNonceApi: ['account_nonce'];
        TransactionPaymentApi: ['query_info', 'query_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        TransactionPaymentCallApi: ['query_call_info', 'query_call_fee_details', 'query_weight_to_fee', 'query_length_to_fee'];
        CollectCollationInfo: ['collect_collation_info'];
        GetParachainInfo: ['parachain_id'];
        XcmPaymentApi: ['query_acceptable_payment_assets', 'query_xcm_weight', 'query_weight_to_asset_fee', 'query_delivery_fees'];
        DryRunApi: ['dry_run_call', 'dry_run_xcm'];
        LocationToAccountApi: ['convert_location'];
        TrustedQueryApi: ['is_trusted_reserve', 'is_trusted_teleporter'];
        MedRecApi: ['patient_summary', 'notifications', 'pointer', 'can_access', 'grants_of', 'grants_received', 'emergencies', 'research_consent', 'research_credits', 'release_policy', 'authorize', 'receipt_anchors', 'receipt_anchor', 'wards', 'pointers', 'pointer_by_reference', 'participant_number', 'account_of', 'decide', 'access_changes'];
        GenesisBuilder: ['build_state', 'get_preset', 'preset_names'];
    };
};
export type MedrecWhitelistEntry = PalletKey | `query.${NestedKey<AllInteractions['storage']>}` | `tx.${NestedKey<AllInteractions['tx']>}` | `event.${NestedKey<AllInteractions['events']>}` | `error.${NestedKey<AllInteractions['errors']>}` | `const.${NestedKey<AllInteractions['constants']>}` | `view.${NestedKey<AllInteractions['viewFns']>}` | `api.${NestedKey<AllInteractions['apis']>}`;
type PalletKey = `*.${({
    [K in keyof AllInteractions]: K extends 'apis' ? never : keyof AllInteractions[K];
})[keyof AllInteractions]}`;
type NestedKey<D extends Record<string, string[]>> = "*" | {
    [P in keyof D & string]: `${P}.*` | `${P}.${D[P][number]}`;
}[keyof D & string];
