namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// Words that name the goods, the trade or the business form in the languages marks are filed in: an
/// examiner looks past them to the distinctive element ("GETT SERVICES", "TEO EDUCAÇÃO", "ALTO VALE
/// DISTRIBUIDORA"). They stay elements, down-weighted; the register's own frequencies
/// (<see cref="ElementStatistics"/>) catch the rest. Folded; written for this project. Vietnamese generic
/// phrases are in <see cref="GenericWords"/>, whose words are down-weighted the same way.
/// </summary>
public static class DescriptiveWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // business forms and trades
        "distribuidora", "distribuidor", "distribution", "distributor", "comercio", "comercial", "industria", "industrial",
        "servicos", "servico", "services", "service", "servicios", "tecnologia", "technologies", "tecnologias", "consultoria",
        "consulting", "consultores", "engenharia", "engineering", "ingenieria", "educacao", "education", "educacion",
        "financeira", "financeiro", "financial", "finance", "corporate", "imobiliaria", "imoveis", "realty", "telecomunicacoes",
        "telecom", "telecomunicaciones", "solucoes", "systems", "sistemas", "logistica", "logistics", "transportes",
        "transport", "construcoes", "construtora", "construction", "holding", "holdings", "participacoes", "empreendimentos",
        "ltda", "eireli", "sa", "gmbh", "srl", "spa", "sarl", "bv", "ag", "co", "company", "cia", "limited",
        // goods and places of trade
        "auto", "pecas", "parts", "moda", "fashion", "praia", "shoes", "lingerie", "uniformes", "cervejaria", "cervejas",
        "brewery", "beer", "bar", "adega", "cozinha", "kitchen", "restaurante", "lanchonete", "pizzaria", "hamburguer",
        "burger", "burguer", "sorvetes", "sorveteria", "acai", "padaria", "cafe", "cafeteria", "oficina", "multimarcas",
        "automoveis", "eletrica", "estetica", "beauty", "beleza", "clinica", "clinic", "saude", "health", "farmacia",
        "pharma", "psicologia", "colegio", "escola", "school", "academia", "gym", "fitness", "store", "loja", "magazine",
        "boutique", "hotel", "pousada", "imports", "importadora", "export", "especiais", "especial", "special",
        "locacao", "aparelhos", "alimentos", "bebidas", "drinks", "house", "casa", "home", "club", "clube", "center",
        "centro", "brasil", "brazil", "europe", "euro", "mix",
    };

    public static bool Contains(string foldedToken) => Words.Contains(foldedToken);
}
