namespace Beleidsdag.Web.Realtime;

/// <summary>What the server calls on a facilitator hub client that watches a workshop.</summary>
public interface IFacilitatorClient
{
    Task WorkshopChanged(string workshopId);
}
