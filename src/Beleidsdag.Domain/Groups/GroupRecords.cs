namespace Beleidsdag.Domain.Groups;

/// <summary>Which group of an exercise a participant is in.</summary>
public sealed record Membership(string ExerciseId, string ParticipantId, string GroupId);

/// <summary>A participant's +1 on a werkpunt during the plenary feedback.</summary>
public sealed record Reaction(string WerkpuntId, string ParticipantId, bool On);
