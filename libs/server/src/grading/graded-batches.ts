import { Injectable, Logger } from '@nestjs/common';

/** What one grading batch changed: the live rooms that follow grading read what they need. */
export interface GradedBatch {
  roundIds: number[];
  contestIds: number[];
  /** The unit and round of each graded attempt. */
  unitRounds: { unitId: number | null; roundId: number }[];
}

type Follower = (batch: GradedBatch) => Promise<void>;

/**
 * Grading publishes one event per batch; the live publishers (dashboards, unit rooms, the public
 * board) follow it, instead of grading calling each of them. A follower's failure is logged and
 * never fails the batch: the grades are already committed.
 */
@Injectable()
export class GradedBatches {
  private readonly logger = new Logger(GradedBatches.name);
  private readonly followers: Follower[] = [];

  follow(follower: Follower): void {
    this.followers.push(follower);
  }

  async publish(batch: GradedBatch): Promise<void> {
    await Promise.all(
      this.followers.map((follow) =>
        follow(batch).catch((error: Error) =>
          this.logger.warn(`a graded batch's follower failed: ${error.message}`),
        ),
      ),
    );
  }
}
