using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Live;

/// <summary>A question's result in the earlier workshop that this one follows up, and how it compares with now.</summary>
public sealed record EarlierResult(string Title, DateOnly Date, SplitResult Result, FollowUpComparison? Comparison);

/// <summary>
/// The mid-term follow-up (the presentation advises repeating the exercise after about three years): a question
/// with the same id in the earlier workshop is shown next to now, with the same anonymity rule on both.
/// </summary>
public sealed class FollowUpResults(WorkshopRegistry registry)
{
    /// <summary>The earlier result of this question, next to <c>now</c> (the result the caller already shows).</summary>
    public EarlierResult? For(WorkshopRuntime runtime, string questionId, SplitResult now)
    {
        if (registry.FindById(runtime.Workshop.FollowUpOf) is not { } earlier
            || earlier.GetResult(questionId) is not { Overall.Respondents: > 0 } then)
        {
            return null;
        }

        return new EarlierResult(earlier.Workshop.Title, earlier.Workshop.Date, then, FollowUpComparison.Compare(then, now));
    }
}
