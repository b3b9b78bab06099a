using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Data.Configurations;

/// <summary>
/// The standing pages every Indonesian news site has, with first texts written for this site. Admins rewrite them in the
/// editor area; these only seed a new database (through the migration's data), so an admin's text is never overwritten.
/// </summary>
public static class SitePageDefaults
{
    private static readonly DateTime Seeded = new(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc);

    public static readonly SitePage[] All =
    [
        Page(1, UrlMap.Redaksi, "Redaksi", """
            Susunan redaksi yang bertanggung jawab atas setiap berita di situs ini.

            ## Pemimpin Redaksi

            Bertanggung jawab atas seluruh isi situs di hadapan pembaca, narasumber, dan hukum, termasuk hak jawab dan koreksi.

            ## Redaktur Pelaksana

            Mengatur kerja harian redaksi: penugasan liputan, jadwal terbit, dan berita utama di halaman depan.

            ## Redaktur

            Para redaktur kanal memeriksa setiap naskah sebelum terbit: kebenaran fakta, keberimbangan sumber, dan bahasa.

            ## Reporter dan Fotografer

            Nama reporter tercantum di setiap berita yang mereka tulis; halaman penulis mengumpulkan seluruh karyanya.

            Koreksi atas berita yang sudah terbit diumumkan di halaman [Ralat](/ralat).
            """),
        Page(2, UrlMap.PedomanMediaSiber, "Pedoman Media Siber", """
            Situs ini mengikuti Pedoman Pemberitaan Media Siber yang ditetapkan Dewan Pers bersama masyarakat pers. Ringkasnya, dengan kata-kata kami sendiri:

            ## Verifikasi dan keberimbangan

            Setiap berita diverifikasi sebelum terbit. Bila sebuah berita belum dapat dikonfirmasi kepada semua pihak karena mendesak, hal itu kami sebutkan di dalam berita dan konfirmasi dimuat sesegera mungkin dalam pembaruan.

            ## Isi buatan pengguna

            Kami tidak memuat komentar atau kiriman pembaca tanpa pemeriksaan. Isi yang bohong, bermuatan kebencian atas dasar suku, agama, ras dan antargolongan, pornografi, atau kekerasan tidak kami terbitkan.

            ## Ralat, koreksi, dan hak jawab

            Ralat, koreksi, dan hak jawab dimuat pada berita yang bersangkutan, diberi tanggal dan waktu, serta dikumpulkan di halaman [Ralat](/ralat). Berita yang sudah terbit tidak kami hapus diam-diam; bila terpaksa dicabut karena alasan hukum atau keselamatan, pencabutan itu diumumkan.

            ## Sengketa

            Sengketa pemberitaan diselesaikan menurut Undang-Undang Nomor 40 Tahun 1999 tentang Pers dan Kode Etik Jurnalistik, melalui Dewan Pers.

            Pengaduan dan hak jawab dapat dikirim lewat halaman [Kontak](/kontak).
            """),
        Page(3, UrlMap.Kontak, "Kontak", """
            Kami senang mendengar dari pembaca.

            - **Redaksi** (informasi, hak jawab, koreksi): tulis ke alamat surel redaksi yang diisi admin situs.
            - **Kerja sama dan iklan**: diisi oleh admin situs.
            - **Alamat kantor**: diisi oleh admin situs.

            Sertakan judul dan alamat berita bila pesan Anda menyangkut sebuah berita, agar kami cepat menindaklanjutinya.
            """),
        Page(4, UrlMap.TentangKami, "Tentang Kami", """
            Situs berita berbahasa Indonesia yang menyajikan berita terkini, pilihan editor, dan arsip yang mudah dicari.

            Kami menulis dengan prinsip jurnalisme yang dapat diuji: fakta diverifikasi, sumber disebut, kesalahan diakui dan diralat secara terbuka.

            Halaman kami ringan dan dapat dibaca tanpa JavaScript, tanpa skrip pelacak dari pihak ketiga.
            """),
        Page(5, UrlMap.KebijakanPrivasi, "Kebijakan Privasi", """
            Kebijakan ini menjelaskan data apa yang kami catat ketika Anda membaca situs ini.

            ## Data yang kami catat

            Server kami mencatat permintaan halaman (alamat yang dibuka, waktu, alamat IP, dan jenis peramban) untuk menjaga keamanan dan menghitung berita terpopuler. Hitungan terpopuler hanya menyimpan jumlah baca per berita per jam, tanpa identitas pembaca.

            ## Kuki

            Pembaca tidak diberi kuki. Kuki hanya dipakai di area redaksi untuk staf yang masuk.

            ## Pihak ketiga

            Kami tidak memasang skrip iklan, analitik, atau media sosial dari pihak ketiga. Tombol berbagi hanyalah tautan biasa; layanan tujuannya baru menerima data setelah Anda mengekliknya.

            ## Pertanyaan

            Pertanyaan tentang data Anda dapat dikirim lewat halaman [Kontak](/kontak).
            """),
    ];

    /// <summary>A page at its address in <see cref="UrlMap.SitePages"/>; the slug is the address without its slash.</summary>
    private static SitePage Page(int id, string path, string title, string body) =>
        new() { Id = id, Slug = path[1..], Title = title, BodyMarkdown = body, UpdatedAtUtc = Seeded, Version = 1 };
}
