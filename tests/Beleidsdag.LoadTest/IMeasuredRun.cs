namespace Beleidsdag.LoadTest;

/// <summary>What <see cref="LoadRun"/> measures against a started server: the app, or the reference hub.</summary>
internal interface IMeasuredRun
{
    Task<LoadResult> ExecuteAsync(ServerProcess server, CancellationToken cancellation);

    /// <summary>Closes every phone, screen and facilitator connection the run opened; safe to call twice.</summary>
    Task DisposeClientsAsync();
}
