namespace Expressivity.Domain.Results;

/// <summary>
/// One value of a result in tidy form: which sweep, of which kind, under which parameters, which field,
/// and the value exactly as the result states it (integers keep every digit; never a double).
/// </summary>
public sealed record TidyRow(string Sweep, string Kind, string Parameters, string Field, string Value);
