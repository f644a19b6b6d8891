using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// One place SPARK004 reports: the operation whose declaration may hold it (<see cref="Site"/>), the diagnostic,
/// whether a recognising declaration may hold it (everything but the endpoint), and what its fix reads when asked: the
/// <see cref="Form"/> (none: no value to replace, as for the endpoint) and the <see cref="Reported"/> operation.
/// </summary>
internal sealed record IdentitySite(IOperation Site, Diagnostic Diagnostic, bool Holdable, IdentityForm? Form, IOperation Reported);
