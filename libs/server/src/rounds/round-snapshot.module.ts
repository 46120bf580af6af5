import { Module } from '@nestjs/common';

import { ReviewClock } from './review-clock';
import { RoundSnapshotCache } from './round-snapshot.cache';

@Module({ providers: [RoundSnapshotCache, ReviewClock], exports: [RoundSnapshotCache, ReviewClock] })
export class RoundSnapshotModule {}
