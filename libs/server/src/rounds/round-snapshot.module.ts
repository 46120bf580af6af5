import { Module } from '@nestjs/common';

import { RoundSnapshotCache } from './round-snapshot.cache';

@Module({ providers: [RoundSnapshotCache], exports: [RoundSnapshotCache] })
export class RoundSnapshotModule {}
