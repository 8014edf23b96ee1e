using Beleidsdag.Web.Hosting;
using Beleidsdag.Web.Persistence;

try
{
    var builder = WebApplication.CreateBuilder(StartupArguments.Translate(args));
    builder.AddBeleidsdag();

    var app = builder.Build();
    app.MapBeleidsdag();
    await app.RunAsync();
    return 0;
}
catch (DataFolderInUseException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 3;
}
catch (DatabaseDamagedException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return DatabaseDamagedException.ExitCode;
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
