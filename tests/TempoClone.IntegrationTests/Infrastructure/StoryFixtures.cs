namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>A story body with every embed provider and every piece of story furniture (issue 22), in our own words.</summary>
public static class StoryFixtures
{
    public const string EmbedsAndFurniture = """
        TEMPO.CO, Jakarta - Air pasang merendam permukiman di pesisir utara sejak subuh.

        :::poin
        - Tanggul jebol sepanjang 20 meter.
        - Sekitar 300 rumah terendam.
        :::

        https://www.youtube.com/watch?v=dQw4w9WgXcQ

        [Unggahan wali kota soal pompa air](https://x.com/tempodotco/status/1789012345678901234)

        https://www.instagram.com/p/C1a2B3c4D5e/

        https://www.tiktok.com/@tempo.co/video/7301234567890123456

        https://www.facebook.com/TempoMedia/videos/123456789012345/

        https://www.google.com/maps/@-6.1753924,106.8271528,15z

        :::kutipan
        Kami tidak akan mundur dari pesisir.

        — Siti Aminah, nelayan Muara Angke
        :::

        :::wawancara
        T: Kapan tanggul diperbaiki?

        J: Pekan depan, setelah air surut.
        :::

        :::fakta Tanggul Muara Baru
        - Panjang: 2 kilometer
        - Dibangun: 2019
        :::

        Paragraf penutup.
        """;
}
