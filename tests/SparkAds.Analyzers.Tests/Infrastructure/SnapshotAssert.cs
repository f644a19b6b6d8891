namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: <c>Snapshots/{name}.verified.cs</c> holds the approved text. A mismatch writes
/// <c>{name}.received.cs</c> beside it and fails; set <c>SPARKADS_ACCEPT_SNAPSHOTS=1</c> to approve instead.
/// </summary>
public static class SnapshotAssert
{
    public static void Matches(string name, string actual)
    {
        var verified = Path.Combine(TestPaths.Snapshots, name + ".verified.cs");
        var received = Path.Combine(TestPaths.Snapshots, name + ".received.cs");
        if (Environment.GetEnvironmentVariable("SPARKADS_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(TestPaths.Snapshots);
            File.WriteAllText(verified, actual);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail(expected is null
                ? $"No approved snapshot {verified}. Review {received} and rename it to approve it."
                : $"Generated text differs from {verified}. Compare with {received}.");
        }

        if (File.Exists(received))
        {
            File.Delete(received);
        }
    }
}
