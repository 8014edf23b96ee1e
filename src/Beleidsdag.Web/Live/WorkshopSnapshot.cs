namespace Beleidsdag.Web.Live;

/// <summary>
/// One workshop read once, under its lock, per coalesced flush: every audience told of that flush (the screen
/// link, the projector pages, the consoles, the phones' results throttle) is served from this same moment.
/// </summary>
/// <param name="Screen">What the projector and the screen link show.</param>
/// <param name="Console">Built only when a console listens: it costs more than the screen.</param>
/// <param name="RevealedQuestionId">The current question while its results are on the screen; null otherwise.</param>
public sealed record WorkshopSnapshot(ScreenView Screen, ConsoleView? Console, string? RevealedQuestionId);
