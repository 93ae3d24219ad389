namespace Assistant.Interviews.Model;

/// <summary>What an outcome tells the user, in the terms of <c>knowledge/trees/README.md</c>.</summary>
public enum Verdict
{
    /// <summary><c>plikt</c>: the sources say you must.</summary>
    Plikt,

    /// <summary><c>rett</c>: you may, and the choice is yours.</summary>
    Rett,

    /// <summary><c>ikke-adgang</c>: the sources say you may not, or give no basis.</summary>
    IkkeAdgang,

    /// <summary><c>vurderes</c>: the sources make it a concrete assessment.</summary>
    Vurderes,

    /// <summary><c>veiledning</c>: a procedure.</summary>
    Veiledning,

    /// <summary><c>avklar</c>: the user was unsure; what to clarify and whom to ask.</summary>
    Avklar,
}
