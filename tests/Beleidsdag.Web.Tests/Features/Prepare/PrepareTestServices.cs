using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Features.Templates;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beleidsdag.Web.Tests.Features.Prepare;

/// <summary>The real preparation stack (registry, LiteDB in a temp folder, template catalog) for page tests.</summary>
internal static class PrepareTestServices
{
    public static void AddPreparation(this BunitContext ctx, string dataFolder)
    {
        ctx.Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton(new DataFolder(dataFolder));
        ctx.Services.AddSingleton(sp => new BeleidsdagDatabase(sp.GetRequiredService<DataFolder>().Path));
        ctx.Services.AddSingleton<DatabaseWriter>();
        ctx.Services.AddSingleton<WorkshopStore>();
        ctx.Services.AddSingleton<WorkshopRegistry>();
        ctx.Services.AddSingleton<TemplateCatalog>();
        ctx.Services.AddSingleton<PreparationService>();
        ctx.Services.AddSingleton<WorkshopArchiveService>();
    }
}
