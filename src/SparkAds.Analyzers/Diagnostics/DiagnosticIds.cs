namespace SparkAds.Analyzers.Diagnostics;

/// <summary>
/// Every diagnostic ID the package reports, and where their pages live; the code fixes name the IDs they fix from here.
/// </summary>
internal static class DiagnosticIds
{
    public const string UnhandledErrorsWithoutFallback = "SPARK001";
    public const string ErrorsHandledOnlyByFallback = "SPARK002";
    public const string UnknownErrorConstant = "SPARK003";
    public const string CustomIdentitySelected = "SPARK004";
    public const string ErrorCodeConvertedToEnum = "SPARK005";
    public const string ErrorKeyParsedAsMemberName = "SPARK006";
    public const string MemberNameUsedAsKey = "SPARK007";

    public const string CatalogUnreadable = "SPARK100";
    public const string CatalogMalformedCsv = "SPARK101";
    public const string CatalogMissingColumn = "SPARK102";
    public const string CatalogDuplicateKey = "SPARK103";
    public const string CatalogInvalidKey = "SPARK104";
    public const string CatalogMemberNameCollision = "SPARK105";
    public const string CatalogInvalidCode = "SPARK106";
    public const string CatalogEmptyField = "SPARK107";
    public const string CatalogUnknownKind = "SPARK108";
    public const string CatalogWhitespaceTrimmed = "SPARK109";
    public const string InvalidNamespace = "SPARK110";
    public const string CatalogDuplicateColumn = "SPARK111";
    public const string CatalogNamespaceTaken = "SPARK112";
    public const string CatalogUnknownStatus = "SPARK113";
    public const string CatalogReplacementNotActive = "SPARK114";
    public const string CatalogReplacementLoop = "SPARK115";
    public const string CatalogReplacementOnActiveRow = "SPARK116";
    public const string CatalogNotUtf8 = "SPARK117";
    public const string CatalogSeparatorNotFound = "SPARK118";
    public const string CatalogTeamCellInvalid = "SPARK119";
    public const string CatalogTeamColumnTypeUnknown = "SPARK120";
    public const string CatalogTeamColumnTypeConflict = "SPARK121";
    public const string CatalogTeamColumnNameInvalid = "SPARK122";
    public const string CatalogTeamColumnNameTaken = "SPARK123";
    public const string CatalogSchemaColumnTyped = "SPARK124";
    public const string SeveralReferencedCatalogs = "SPARK125";

    public const string HelpLinkBase = "https://github.com/SparkAds/SparkAds.Analyzers/blob/main/docs/rules/";
}
