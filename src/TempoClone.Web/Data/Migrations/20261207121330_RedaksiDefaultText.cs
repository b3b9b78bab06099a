using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RedaksiDefaultText : Migration
    {
        // CASE: only where the page still has the old default text: an admin's own text is never overwritten. The stored
        // HTML is cleared so start-up renders the new text (Data/StoredHtml).
        private const string OldText = "Susunan redaksi yang bertanggung jawab atas setiap berita di situs ini.\n\n## Pemimpin Redaksi\n\nDiisi oleh admin situs.\n\n## Redaktur Pelaksana\n\nDiisi oleh admin situs.\n\n## Redaktur\n\nPara redaktur kanal memeriksa setiap naskah sebelum terbit: kebenaran fakta, keberimbangan sumber, dan bahasa.\n\n## Reporter dan Fotografer\n\nNama reporter tercantum di setiap berita yang mereka tulis; halaman penulis mengumpulkan seluruh karyanya.\n\nKoreksi atas berita yang sudah terbit diumumkan di halaman [Ralat](/ralat).";
        private const string NewText = "Susunan redaksi yang bertanggung jawab atas setiap berita di situs ini.\n\n## Pemimpin Redaksi\n\nBertanggung jawab atas seluruh isi situs di hadapan pembaca, narasumber, dan hukum, termasuk hak jawab dan koreksi.\n\n## Redaktur Pelaksana\n\nMengatur kerja harian redaksi: penugasan liputan, jadwal terbit, dan berita utama di halaman depan.\n\n## Redaktur\n\nPara redaktur kanal memeriksa setiap naskah sebelum terbit: kebenaran fakta, keberimbangan sumber, dan bahasa.\n\n## Reporter dan Fotografer\n\nNama reporter tercantum di setiap berita yang mereka tulis; halaman penulis mengumpulkan seluruh karyanya.\n\nKoreksi atas berita yang sudah terbit diumumkan di halaman [Ralat](/ralat).";

        private static string Replace(string from, string to) =>
            $"UPDATE \"SitePages\" SET \"BodyMarkdown\" = '{to.Replace("'", "''")}', \"BodyHtml\" = NULL WHERE \"Id\" = 1 AND \"BodyMarkdown\" = '{from.Replace("'", "''")}';";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Replace(OldText, NewText));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Replace(NewText, OldText));
    }
}
