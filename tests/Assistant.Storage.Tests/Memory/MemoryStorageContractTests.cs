using Assistant.Storage.Memory;

namespace Assistant.Storage.Tests.Memory;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
