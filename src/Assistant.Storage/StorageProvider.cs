namespace Assistant.Storage;

/// <summary>Where conversation state is kept.</summary>
public enum StorageProvider
{
    /// <summary>In one SQLite file: survives restarts, needs no server; for one instance (or several on one machine).</summary>
    Sqlite,

    /// <summary>In Redis: for several instances behind one endpoint.</summary>
    Redis,

    /// <summary>In this process's memory: lost on restart; for tests.</summary>
    Memory,
}
