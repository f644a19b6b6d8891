using SparkAds.Analyzers.Conversions;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>The contract's word rule: words split at case humps, '_' and digits, any case; the last word of letters decides.</summary>
public sealed class CodeAndKeyWordsTests
{
    [Theory]
    [InlineData("code", true)]
    [InlineData("Code", true)]
    [InlineData("errorCode", true)]
    [InlineData("StatusCode", true)]
    [InlineData("ERROR_CODE", true)]
    [InlineData("error_code", true)]
    [InlineData("HTTPCode", true)]
    [InlineData("errorCODE", true)]
    [InlineData("errorCode2", true)]
    [InlineData("code_", true)]
    [InlineData("_code", true)]
    [InlineData("CODE", true)]
    [InlineData("barcode", false)]
    [InlineData("Barcode", false)]
    [InlineData("codes", false)]
    [InlineData("Codes", false)]
    [InlineData("codeValue", false)]
    [InlineData("CodeHTTP", false)]
    [InlineData("HTTPCODE", false)]
    [InlineData("encode", false)]
    [InlineData("c0de", false)]
    [InlineData("", false)]
    [InlineData("_2", false)]
    public void EndsWithCode_FollowsTheWordRule(string name, bool expected)
        => Assert.Equal(expected, CodeAndKeyWords.EndsWithCode(name));

    [Theory]
    [InlineData("key", true)]
    [InlineData("ErrorKey", true)]
    [InlineData("notification_key", true)]
    [InlineData("NOTIFICATION_KEY", true)]
    [InlineData("apiKEY", true)]
    [InlineData("Key1", true)]
    [InlineData("monkey", false)]
    [InlineData("keys", false)]
    [InlineData("keyName", false)]
    [InlineData("myKEYs", false)]
    [InlineData("turnkey", false)]
    [InlineData("KeyValue", false)]
    public void EndsWithKey_FollowsTheWordRule(string name, bool expected)
        => Assert.Equal(expected, CodeAndKeyWords.EndsWithKey(name));
}
