namespace Assistant.Channels.Authentication.Tests.Support;

public static class OutcomeAssert
{
    /// <summary>Rejected for <paramref name="expected"/>, with nothing of an identity and a message to show.</summary>
    public static void Rejected(AuthenticationFailureReason expected, AuthenticationOutcome outcome)
    {
        Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        Assert.Equal(expected, outcome.FailureReason);
        Assert.False(outcome.IsAccepted);
        Assert.Null(outcome.Identity);
        Assert.Null(outcome.AppId);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Message));
    }
}
