using System.CommandLine;
using Assistant.Cli.Teams;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>teams-package --app-id &lt;guid&gt; [--output file] [--version x.y.z] [--website url] [--privacy url] [--terms url]</c>:
/// the zip a Teams admin uploads. The app id defaults to the setting <c>MicrosoftAppId</c>.
/// </summary>
internal static class TeamsPackageCommand
{
    public static Command Create(CliRuntime runtime, TextWriter output)
    {
        var appId = new Option<string?>("--app-id") { Description = "Botens app-ID (Microsoft Entra), som i MicrosoftAppId." };
        var file = new Option<FileInfo>("--output") { Description = "Hvor pakken skrives.", DefaultValueFactory = _ => new FileInfo("teams-app.zip") };
        var version = new Option<string>("--version") { Description = "Appens versjon.", DefaultValueFactory = _ => "1.0.0" };
        var website = new Option<Uri>("--website") { Description = "Nettside for appen (https).", DefaultValueFactory = _ => new Uri("https://www.helsedirektoratet.no/") };
        var privacy = new Option<Uri>("--privacy") { Description = "Personvernerklæring (https).", DefaultValueFactory = _ => new Uri("https://www.helsedirektoratet.no/om-oss/personvern") };
        var terms = new Option<Uri>("--terms") { Description = "Bruksvilkår (https).", DefaultValueFactory = _ => new Uri("https://www.helsedirektoratet.no/") };
        var command = new Command("teams-package", "Lag pakken (zip) som lastes opp til Microsoft Teams.") { appId, file, version, website, privacy, terms };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(appId) ?? runtime.MicrosoftAppId;
            if (!Guid.TryParse(id, out var guid))
            {
                output.WriteLine("Oppgi botens app-ID som en GUID med --app-id, eller sett MicrosoftAppId.");
                return ExitCodes.Usage;
            }

            var target = parse.GetValue(file)!;
            TeamsAppPackage.Write(target.FullName, TeamsAppPackage.Manifest(guid, parse.GetValue(version)!, parse.GetValue(website)!, parse.GetValue(privacy)!, parse.GetValue(terms)!));
            output.WriteLine($"Skrev {target.FullName}. Last den opp i Teams administrasjonssenter under Teams-apper → Administrer apper → Last opp.");
            return ExitCodes.Success;
        });
        return command;
    }
}
