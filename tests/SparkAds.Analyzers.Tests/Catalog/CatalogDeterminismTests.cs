using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>Same catalogs, same output: whatever the culture, the file order or CsvHelper's buffer boundaries.</summary>
public sealed class CatalogDeterminismTests
{
    private const string Catalog = "key,code,message,remedy,kind\nitem_id_invalid,1,\u0130stanbul i\u0131 I\u0130.,Fix it.,SYSTEM\ninfo_limit,2,Text.,Fix.,user\n";

    [Fact]
    public void TurkishCulture_GivesTheSameSourcesAsInvariant()
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Generate(Catalog).Sources);
        var turkish = WithCulture(new CultureInfo("tr-TR"), () => Generate(Catalog).Sources);

        Assert.Equal(invariant.OrderBy(s => s.Key, StringComparer.Ordinal), turkish.OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Contains("ItemIdInvalid = 1033301098,", invariant["SparkAdsError.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void FileOrder_DoesNotChangeSourcesOrFaults()
    {
        var a = "key,message,remedy\nshared,A.,Fix.\nonly_a,A.,Fix.\n";
        var b = "key,message,remedy\nshared,B.,Fix.\nonly_b,B.,Fix.\n";
        var forward = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/a.csv", a).WithCatalog("/team/b.csv", b).RunGenerator();
        var backward = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/b.csv", b).WithCatalog("/team/a.csv", a).RunGenerator();

        Assert.Equal(forward.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), backward.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Equal(["Unknown", "Shared", "OnlyA", "OnlyB"], Members(forward));
        string[] expected = [At(2, 1, "SPARK103", "Key 'shared' is already defined at a.csv(2,1); this row is skipped", "/team/b.csv")];
        Assert.Equal(expected, Faults(forward));
        Assert.Equal(expected, Faults(backward));
    }

    [Fact]
    public void RecordsLongerThanCsvHelpersBuffer_AreStillLocatedExactly()
    {
        var huge = string.Concat(Enumerable.Repeat("line, with \"\"quotes\"\"\n", 900));
        var csv = "key,code,message,remedy\nhuge_one,1,\"" + huge + "\",Fix.\nbad_code,x,Text.,Fix.\n" + new string('y', 9000) + ",2,Text.,Fix.\nlast_bad,z,Text.,Fix.\n";

        var result = Generate(csv);

        Assert.Equal(
            [
                At(903, 10, "SPARK106", "Code 'x' is not a 32-bit integer; the row is skipped"),
                At(905, 10, "SPARK106", "Code 'z' is not a 32-bit integer; the row is skipped"),
            ],
            Faults(result));
        Assert.Equal(["Unknown", "HugeOne", new string('Y', 1) + new string('y', 8999)], Members(result));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
