using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Present;

/// <summary>What the screen link may see: one workshop's screen view, read-only.</summary>
public sealed class ScreenService(WorkshopRegistry registry, WorkshopNotifier notifier, PhoneAddressProvider address, FollowUpResults followUp)
{
    public ScreenView? View(string screenKey) => registry.FindByScreenKey(screenKey)?.BuildScreenView(address.Current);

    /// <summary>Question id → question text, so the gap list can name the question of a scale statement.</summary>
    public IReadOnlyDictionary<string, string> QuestionTexts(string screenKey) =>
        registry.FindByScreenKey(screenKey)?.Workshop.Agenda.OfType<QuestionActivity>().ToDictionary(q => q.Question.Id, q => q.Question.Text, StringComparer.Ordinal)
            ?? new Dictionary<string, string>();

    /// <summary>In a follow-up workshop: the revealed question's result the earlier time, when it was asked then.</summary>
    public EarlierResult? Earlier(string screenKey, ScreenView view) =>
        view is { Current: { Revealed: true, Question: { } question }, Result: { } now } && registry.FindByScreenKey(screenKey) is { } runtime
            ? followUp.For(runtime, question.Id, now)
            : null;

    /// <summary>The workshop behind a screen link, for the facilitator's keys on the screen (never for the bare link).</summary>
    public string? WorkshopIdOf(string screenKey) => registry.FindByScreenKey(screenKey)?.Workshop.Id;

    /// <summary>Null when the key is unknown; otherwise dispose to stop hearing of changes (each with the flush's screen view).</summary>
    public IDisposable? Subscribe(string screenKey, Action<ScreenView> onChange) =>
        registry.FindByScreenKey(screenKey) is { } runtime ? notifier.Subscribe(runtime.Workshop.Id, snapshot => onChange(snapshot.Screen)) : null;
}
