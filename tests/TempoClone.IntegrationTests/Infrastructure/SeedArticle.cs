namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>What seed-articles/000_c684a5b33f7a4c1a.txt says, written out by hand.</summary>
public static class SeedArticle
{
    public const string Title = "Makin Mesra, Rusia Rayu Korea Utara Agar Mau Jual Amunisi";
    public const string PickTitle = "RI Komentari Soal Peta Baru Cina yang Diprotes Malaysia hingga India";
    public const string FirstRelatedTitle = "Adik Kim Jong Un Pastikan Tak ada Transfer Senjata dengan Rusia";
    public const string FirstRelatedSummary =
        "Kim Yo Jong adik Kim Jong Un menyangkal tuduhan Amerika Serikat dan Korea Selatan kalau senjata Korea Utara digunakan dalam perang Ukraina";

    public static readonly string[] RelatedTimes =
        ["2 jam lalu", "23 jam lalu", "1 hari lalu", "1 hari lalu", "1 hari lalu", "1 hari lalu", "2 hari lalu", "2 hari lalu", "3 hari lalu", "4 hari lalu"];
}
