namespace Scandal.Core;

/// <summary>How far a cross-check has come: the stage it is in and how many of the batch's documents that stage has done.</summary>
/// <remarks>
/// <para><see cref="CrossCheckStage.Claims"/> and <see cref="CrossCheckStage.Extract"/> read the documents one by one and
/// report as they go (at most about 200 reports a stage); <see cref="CrossCheckStage.Align"/> and
/// <see cref="CrossCheckStage.Score"/> work on the whole batch at once and report 0 when they start and
/// <see cref="DocumentsTotal"/> when they end. Within a run, stages come in order and <see cref="DocumentsDone"/> never
/// decreases within a stage.</para>
/// <para>Reports are made on the worker threads, one at a time. <see cref="Progress{T}"/> posts them on to its
/// synchronisation context (or the thread pool, where they may be handled out of order); an <see cref="IProgress{T}"/>
/// of your own receives them in order.</para>
/// </remarks>
/// <param name="Stage">The stage running.</param>
/// <param name="DocumentsDone">How many documents the stage has finished, in [0, <paramref name="DocumentsTotal"/>].</param>
/// <param name="DocumentsTotal">How many documents the batch has.</param>
public readonly record struct CrossCheckProgress(CrossCheckStage Stage, int DocumentsDone, int DocumentsTotal);
