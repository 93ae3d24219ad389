namespace Assistant.Interviews.Model;

/// <summary>The verdicts' names in the tree files and as users read them, in one place.</summary>
public static class VerdictNames
{
    /// <summary>The bokmål name shown to the user, first in every outcome.</summary>
    public static string Display(Verdict verdict) => verdict switch
    {
        Verdict.Plikt => "Plikt",
        Verdict.Rett => "Rett, men ikke plikt",
        Verdict.IkkeAdgang => "Ikke adgang",
        Verdict.Vurderes => "Må vurderes konkret",
        Verdict.Veiledning => "Slik gjør du",
        Verdict.Avklar => "Avklar først",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>Reads the name a tree file uses (<c>ikke-adgang</c> …).</summary>
    public static bool TryParse(string? name, out Verdict verdict)
    {
        (var found, verdict) = name switch
        {
            "plikt" => (true, Verdict.Plikt),
            "rett" => (true, Verdict.Rett),
            "ikke-adgang" => (true, Verdict.IkkeAdgang),
            "vurderes" => (true, Verdict.Vurderes),
            "veiledning" => (true, Verdict.Veiledning),
            "avklar" => (true, Verdict.Avklar),
            _ => (false, Verdict.Avklar),
        };
        return found;
    }
}
