using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.ReferenceHub;

/// <summary>
/// <c>dotnet Beleidsdag.ReferenceHub.dll --urls http://127.0.0.1:0</c>: the bare hub on one port, its LiteDB
/// file in <c>Beleidsdag__DataFolder</c> (a new temporary folder when unset, removed on exit). Prints "Now listening on:" with
/// the bound address (ASP.NET Core's own log line), as the server does, so the load benchmark starts both the same way.
/// </summary>
public static class ReferenceServer
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var configuredFolder = builder.Configuration["Beleidsdag:DataFolder"];
        var ownsFolder = string.IsNullOrWhiteSpace(configuredFolder);
        var folder = ownsFolder
            ? Directory.CreateTempSubdirectory("beleidsdag-reference-").FullName
            : configuredFolder!;

        // ReferenceHub__Persist=false: votes only in memory, to measure the floor below any persistence.
        var persist = builder.Configuration.GetValue("ReferenceHub:Persist", defaultValue: true);
        builder.Services.AddSingleton(new VoteStore(persist ? Path.Combine(folder, "votes.db") : null));
        builder.Services.AddHostedService<TallyPusher>();
        builder.Services.AddSignalR();

        try
        {
            // Disposing the app disposes the VoteStore, which closes the LiteDB file before the folder goes.
            await using var app = builder.Build();
            app.MapHub<VoteHub>(VoteHub.Path);
            await app.RunAsync();
        }
        finally
        {
            if (ownsFolder)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
