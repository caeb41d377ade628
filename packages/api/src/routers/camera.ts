import {
  CounterIdInput,
  CounterImportInput,
  CounterPageInput,
  DrawSampleInput,
  MarkReviewedInput,
  MonthInput,
  OpenRemoteInspectionInput,
  ReminderAnswerInput,
  ReminderCommentInput,
  ReminderIdInput,
  ReminderPageInput,
  ReviewPageInput,
  SampleInput,
  SaveCounterInput,
  SaveReviewInput,
  SaveReviewsInput,
} from "@par/domain";
import { requestOf } from "../access/request";
import { counterInScope, listCounters, saveCounter } from "../camera/counter-commands";
import { toCounterDto } from "../camera/counter-dto";
import { commitCounterImport, previewCounterImport } from "../camera/counter-import";
import { feedStatus } from "../camera/feed-status";
import {
  acceptReminderAnswer,
  approveReminderAnswer,
  returnReminderAnswer,
  saveReminderAnswer,
  sendBackReminderAnswer,
  submitReminderAnswer,
} from "../camera/reminder-answers";
import { listReminders } from "../camera/reminders";
import { openRemoteInspection, previewRemoteInspection } from "../camera/remote-inspection";
import { monthlyReport } from "../camera/report";
import { saveReviews } from "../camera/review-batch";
import { listReviews, markReviewsReviewed, saveReview } from "../camera/review-commands";
import { drawDaySample, sampleOf } from "../camera/sample-commands";
import { findUnit } from "../db/unit.repository";
import { authedProcedure, permissionProcedure, router } from "../trpc";

/** The camera monitor (issue 10): counters and their feeds, reviews, the day's sample, reminders, reports. */
export const cameraRouter = router({
  /** Counters with health; never a stream address or a credential. */
  counters: permissionProcedure("camera.read")
    .input(CounterPageInput)
    .query(({ ctx, input }) => listCounters(requestOf(ctx), input)),

  /** One counter and where its live playlist is served (the server's own route, behind the session). */
  counter: permissionProcedure("camera.read")
    .input(CounterIdInput)
    .query(async ({ ctx, input }) => {
      const q = requestOf(ctx);
      const c = await counterInScope(q, input.id, "camera.read", "id");
      const shop = await findUnit(q.db, c.shop_unit_id);
      return {
        ...toCounterDto({ ...c, shop_name: shop?.name ?? "" }, q.now),
        playlistUrl: `/files/camera/live/${c.id}/index.m3u8`,
      };
    }),

  /** Whether this server can run ffmpeg (demo feeds and RTSP restreaming), said plainly to the screen. */
  feedStatus: permissionProcedure("camera.read").query(() => feedStatus()),

  saveCounter: permissionProcedure("camera.review")
    .input(SaveCounterInput)
    .mutation(({ ctx, input }) => saveCounter(requestOf(ctx), input)),

  /** The register from Excel/CSV: every row checked, nothing saved (a mutation: the file is in the body). */
  importPreview: permissionProcedure("camera.review")
    .input(CounterImportInput)
    .mutation(({ ctx, input }) => previewCounterImport(requestOf(ctx), input)),

  /** Checks again and writes every counter (one audit row each), or nothing. */
  importCommit: permissionProcedure("camera.review")
    .input(CounterImportInput)
    .mutation(({ ctx, input }) => commitCounterImport(requestOf(ctx), input)),

  reviews: permissionProcedure("camera.read")
    .input(ReviewPageInput)
    .query(({ ctx, input }) => listReviews(requestOf(ctx), input)),

  saveReview: permissionProcedure("camera.review")
    .input(SaveReviewInput)
    .mutation(({ ctx, input }) => saveReview(requestOf(ctx), input)),

  /** Up to 100 reviews at once (the outbox after a network cut): one outcome per review, in order. */
  saveReviews: permissionProcedure("camera.review")
    .input(SaveReviewsInput)
    .mutation(({ ctx, input }) => saveReviews(requestOf(ctx), input.reviews)),

  markReviewed: permissionProcedure("camera.review")
    .input(MarkReviewedInput)
    .mutation(({ ctx, input }) => markReviewsReviewed(requestOf(ctx), input.reviewIds)),

  sample: permissionProcedure("camera.read")
    .input(SampleInput)
    .query(({ ctx, input }) => sampleOf(requestOf(ctx), input.date)),

  drawSample: permissionProcedure("camera.review")
    .input(DrawSampleInput)
    .mutation(({ ctx, input }) => drawDaySample(requestOf(ctx), input.date, input.seed)),

  /** Reminders (nhắc nhở) from violations: reviewers see all, a unit's clerk those of its units. */
  reminders: authedProcedure
    .input(ReminderPageInput)
    .query(({ ctx, input }) => listReminders(requestOf(ctx), input)),

  /** What openInspection would write (counts, rating, note, the reviews kept as evidence); writes nothing. */
  remoteInspectionPreview: permissionProcedure("inspections.write")
    .input(OpenRemoteInspectionInput)
    .query(({ ctx, input }) => previewRemoteInspection(requestOf(ctx), input)),

  /**
   * A reminder answered like a recommendation (§7), through the same review loop: the clerk saves and
   * submits, the unit's head approves or sends back, a reviewer or Sở Nội vụ accepts or returns. Who
   * plays which part is checked on the reminder's unit by the loop itself.
   */
  reminderSave: permissionProcedure("recommendations.respond")
    .input(ReminderAnswerInput)
    .mutation(({ ctx, input }) => saveReminderAnswer(requestOf(ctx), input)),

  reminderSubmit: permissionProcedure("recommendations.respond")
    .input(ReminderIdInput)
    .mutation(({ ctx, input }) => submitReminderAnswer(requestOf(ctx), input.reminderId)),

  reminderApprove: permissionProcedure("submissions.approve")
    .input(ReminderIdInput)
    .mutation(({ ctx, input }) => approveReminderAnswer(requestOf(ctx), input.reminderId)),

  reminderSendBack: permissionProcedure("submissions.approve")
    .input(ReminderCommentInput)
    .mutation(({ ctx, input }) => sendBackReminderAnswer(requestOf(ctx), input)),

  /** Reviewers (camera.review) and Sở Nội vụ's verifiers (recommendations.verify): checked inside. */
  reminderReturn: authedProcedure
    .input(ReminderCommentInput)
    .mutation(({ ctx, input }) => returnReminderAnswer(requestOf(ctx), input)),

  reminderAccept: authedProcedure
    .input(ReminderIdInput)
    .mutation(({ ctx, input }) => acceptReminderAnswer(requestOf(ctx), input.reminderId)),

  /** A remote-camera inspection of a unit, its area 4 finding filled from the period's reviews. */
  openInspection: permissionProcedure("inspections.write")
    .input(OpenRemoteInspectionInput)
    .mutation(({ ctx, input }) => openRemoteInspection(requestOf(ctx), input)),

  report: permissionProcedure("camera.read")
    .input(MonthInput)
    .query(({ ctx, input }) => monthlyReport(requestOf(ctx), input.year, input.month)),
});
