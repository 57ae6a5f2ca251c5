import { translation } from '../catalog.js';
import { form as english } from '../en/form.js';

export const form = translation('bs', english, {
  page: {
    title: 'Nekoliko pitanja o vašem projektu',
    from: 'Od: {from}',
    for: 'Za: {to}',
    yourName: 'Vaše ime',
    yes: 'Da',
    no: 'Ne',
    discuss: 'Bolje da o tome razgovaramo',
    numberHint: 'Broj, npr. {example}',
    numberExample: '40 ili 1.200,50',
    notANumber: 'Ovo ne izgleda kao broj. Napišite ga, na primjer, ovako: {example}.',
    send: 'Pošalji e-mailom',
    sentHeading: 'Vaši odgovori',
    sentHelp:
      'Vaš program za e-mail trebao bi se otvoriti s porukom spremnom za slanje na {to}. Ako se ne otvori, kopirajte tekst ispod i zalijepite ga u e-mail ili ga preuzmite kao fajl i pošaljite kao prilog.',
    sentHelpNoAddress:
      'Vaš program za e-mail trebao bi se otvoriti s porukom spremnom za slanje. Ako se ne otvori, kopirajte tekst ispod i zalijepite ga u e-mail ili ga preuzmite kao fajl i pošaljite kao prilog.',
    tooLong: 'Odgovori su predugi da bi se automatski prenijeli u program za e-mail: kopirajte tekst ispod i zalijepite ga u e-mail ili ga preuzmite kao fajl i pošaljite kao prilog.',
    textLabel: 'Tekst za slanje',
    copy: 'Kopiraj',
    copied: 'Kopirano.',
    copyFailed: 'Kopiranje nije uspjelo: tekst je označen, pritisnite Ctrl+C (⌘C na Macu).',
    download: 'Preuzmi kao fajl',
    fileName: 'odgovori.txt',
    subject: 'Odgovori na vaša pitanja',
    subjectFrom: 'Odgovori: {name}',
    replyHeading: 'Moji odgovori:',
    noAnswer: '(bez odgovora)',
    keepBlock: 'Molim vas da ne mijenjate blok ispod: on omogućava da se moji odgovori pročitaju tačno onako kako su upisani.',
    noScript: 'Odgovorite na pitanja koja se odnose na vas, a zatim pritisnite „Pošalji e-mailom“.',
  },
  wrote: {
    one: 'Zapisano u {file}: {count} pitanje ({lang}).',
    few: 'Zapisano u {file}: {count} pitanja ({lang}).',
    other: 'Zapisano u {file}: {count} pitanja ({lang}).',
  },
  sendIt: 'Priložite ga uz e-mail klijentu; kad odgovori, ocijenite odgovor naredbom `clientfit score --reply FAJL` (ili zalijepite tekst: --reply -).',
  noQuestions: 'u {file} nijedno pitanje nije za klijenta: pitanjima na koja klijent može odgovoriti dodajte ask: s formulacijom za njega (vidi README, „Asking the prospect“)',
  nothingOpen: 'nema više šta da se pita ({who}): sva pitanja iz obrasca imaju odgovor u odluci {id}',
  badEmail: '--email {address}: ovo nije e-mail adresa, napišite je u obliku name@example.com',
  notHtmlOnTerminal: 'obrazac je HTML fajl: zapišite ga sa -o FAJL (ili preusmjerite izlaz)',
  reply: {
    notFound: '{file}: ovdje nema odgovora na clientfit obrazac (ni bloka između -----BEGIN CLIENTFIT REPLY----- i -----END CLIENTFIT REPLY-----, ni redova iz obrasca)',
    damaged:
      '{place}: blok s odgovorom je mijenjan nakon što ga je obrazac zapisao (kontrolni zbir se ne slaže). Zamolite klijenta da ponovo pošalje obrazac ili kopirajte blok tačno onako kako je stigao.',
    version: '{file}: blok s odgovorom je u formatu {version}, koji ova verzija clientfita ne čita: ažurirajte clientfit.',
    several: '{file}: ovdje ima više različitih odgovora (njihovi blokovi počinju u redovima {lines}{within}): sačuvajte zasebno onaj koji želite ocijeniti.',
    cutOff:
      '{place}: blok s odgovorom počinje ovdje, ali se nigdje ne završava (nakon njega nema reda -----END CLIENTFIT REPLY-----): e-mail je odsječen usput ili pri kopiranju. Zamolite klijenta da ga ponovo pošalje.',
    malformed: '{file}: ovaj blok nije zapisao clientfit: {detail}.',
    detail: {
      json: 'iz njega se ne mogu pročitati odgovori',
      shape: 'njegova polja nisu ona koja piše obrazac',
      'too-long': 'neki odgovor je duži nego što obrazac dopušta',
    },
    control: '{file}: odgovor na „{id}“ sadrži kontrolne znakove (escape sekvence terminala): odbijeno.',
    controlName: '{file}: ime klijenta sadrži kontrolne znakove (escape sekvence terminala): odbijeno.',
    unknownId: '{file}: odgovor sadrži „{id}“, a to nije pitanje iz {criteria}{suggestion}.',
    notAnOption: '{file}: odgovor na „{id}“ je „{value}“, a to nije nijedna od njegovih opcija ({options}).',
    unreadable: '{file}: odgovor na „{id}“ ne može se pročitati: {problem}.',
    unchecked: 'Odgovor je stigao kao obični redovi obrasca (klijentov program za e-mail nije pokrenuo skripte): pročitan je bez kontrolnog zbira.',
    otherList: 'Obrazac je napravljen prema drugoj listi pitanja: čitaju se odgovori na pitanja koja još postoje.',
    otherListNone:
      '{file}: odgovor je na obrazac napravljen prema drugoj listi pitanja: ne odgovara ni na jedno pitanje iz {criteria}. Ocijenite ga s fajlom kriterija prema kojem je obrazac napravljen (-c FAJL).',
    leftOut: '{place}: izostavljeno je ono što slijedi nakon redova obrasca (tekst programa za e-mail, najčešće potpis): „{text}“.',
    leftOutText:
      '{place}: odgovor na „{id}“ pročitan je do praznog reda iznad; ostatak je izostavljen kao tekst programa za e-mail (najčešće potpis): „{text}“. Ako pripada odgovoru, navedite cijeli odgovor s --set {id}="…".',
    dropped: 'Izostavljeno (tog pitanja ili opcije više nema): {ids}.',
    read: {
      one: 'Pročitan je {count} odgovor iz {file}{who}.',
      few: 'Pročitana su {count} odgovora iz {file}{who}.',
      other: 'Pročitano je {count} odgovora iz {file}{who}.',
    },
    who: ' ({name})',
    withAnswers: '--reply i --answers - oba čitaju standardni ulaz: jednom od njih dajte fajl',
    /** where in the reply: a plain text's line, or a line of an email's text or attachment */
    at: '{file}:{line}',
    atIn: '{file}, red {line}{within}',
    within: { body: ' teksta e-maila', attachment: ' priloga „{name}“' },
  },
  program: {
    description: 'pravi obrazac s pitanjima za klijenta: jedan HTML fajl koji klijent popuni bez interneta i vrati e-mailom',
    formLang: 'jezik obrasca za klijenta: en, ru, bg, el ili bs (zadano: form.lang iz fajla s kriterijima, inače jezik interfejsa)',
    to: 'ime klijenta, upisano u obrazac',
    from: 'vaše ime, prikazano na obrascu',
    email: 'vaša e-mail adresa: na nju obrazac šalje odgovore',
    resume: 'obrazac za nastavak: samo pitanja koja su ostala otvorena u posljednjoj odluci o klijentu',
    output: 'zapisuje obrazac ovdje (zadano: standardni izlaz kad nije terminal)',
    reply: 'ocjenjuje klijentov odgovor na obrazac: e-mail (.eml), zalijepljen ili proslijeđen tekst ili preuzeti fajl (- čita stdin)',
    examples: `
Primjeri:
  clientfit form --to "Alfa d.o.o." --from "Ana" --email ana@example.com -o alfa.html
  clientfit form --resume "Alfa d.o.o." -o alfa-2.html
  clientfit score --reply odgovor.eml --save`,
  },
});
