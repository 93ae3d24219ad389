using Assistant.Channels.Authentication.Metadata;

namespace Assistant.Channels.Authentication.Tests.Metadata;

public class MetadataRetrievalSignalTests
{
    [Fact]
    public void WaitForRetrievalAfter_EarlierFetchEndsLate_KeepsWaiting()
    {
        var signal = new MetadataRetrievalSignal();
        var earlier = signal.BeginRetrieval();

        var wait = signal.WaitForRetrievalAfter(signal.Started);
        signal.EndRetrieval(earlier);

        Assert.False(wait.IsCompleted);
    }

    [Fact]
    public async Task WaitForRetrievalAfter_LaterFetchEnds_Completes()
    {
        var signal = new MetadataRetrievalSignal();
        signal.EndRetrieval(signal.BeginRetrieval());

        var wait = signal.WaitForRetrievalAfter(signal.Started);
        signal.EndRetrieval(signal.BeginRetrieval());

        await wait.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitForRetrievalAfter_LaterFetchAlreadyEnded_CompletesAtOnce()
    {
        var signal = new MetadataRetrievalSignal();
        var asked = signal.Started;
        signal.EndRetrieval(signal.BeginRetrieval());

        Assert.True(signal.WaitForRetrievalAfter(asked).IsCompleted);
    }
}
