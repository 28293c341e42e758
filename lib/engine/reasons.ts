/**
 * Reason texts, as data: message key → principle and text in en / fi / nb.
 * Rules refer to keys only; the text is rendered here, outside the rule
 * logic (STYLE.md "Reasons are data"). `{platform}` is replaced by the
 * platform's name; sentences are written so the name stays in its basic
 * form in every language (Finnish uses compounds such as "X-tilisi").
 * Where the source texts are silent, the text says so.
 */
import { LANGUAGES, PLATFORMS, PLATFORM_NAMES, type Language, type Platform, type Principle } from "./vocabulary";

interface Texts {
  readonly en: string;
  readonly fi: string;
  readonly nb: string;
}

interface ReasonText {
  readonly principle: Principle;
  readonly text: Texts;
}

interface ReasonEntry extends ReasonText {
  /** Platform-specific wording (and principle) where one platform has its own source advice. */
  readonly byPlatform?: Partial<Record<Platform, ReasonText>>;
  /**
   * Wording for a public account's follower (contract v2): nobody asked, so
   * the sentence never says "request". Same principle as `text`.
   */
  readonly follow?: Texts;
}

const REASON_TEXTS = {
  // --- red flags -----------------------------------------------------------
  "fake-profile": {
    principle: "P10",
    text: {
      en: "The profile looks fake. Accepting it would let someone with unknown intentions into your network.",
      fi: "Profiili vaikuttaa valeprofiililta. Sen hyväksyminen päästäisi verkostoosi jonkun, jonka aikeista ei ole tietoa.",
      nb: "Profilen ser falsk ut. Å godta den ville sluppet noen med ukjente hensikter inn i nettverket ditt.",
    },
  },
  harassment: {
    principle: "P7",
    text: {
      en: "Harassment is a reason to block, whoever the person is. Nobody is owed access to your accounts.",
      fi: "Häirintä on syy estää käyttäjä, olipa hän kuka tahansa. Kenelläkään ei ole oikeutta päästä tileillesi.",
      nb: "Trakassering er grunn nok til å blokkere, uansett hvem det er. Ingen har krav på tilgang til kontoene dine.",
    },
  },
  "no-reply-red-flag": {
    principle: "P17",
    text: {
      en: "Don't reply: what you write can stay around, and any answer invites more contact. Report or block the account instead; that is why no reply template is offered here.",
      fi: "Älä vastaa: kirjoittamasi voi jäädä talteen, ja vastaus houkuttelee lisää yhteydenottoja. Ilmoita tili tai estä se – siksi tähän ei tarjota viestipohjaa.",
      nb: "Ikke svar: det du skriver, kan bli liggende, og et svar inviterer til mer kontakt. Rapporter eller blokker kontoen i stedet – derfor får du ingen svarmal her.",
    },
  },
  // --- the person's own choice ---------------------------------------------
  "own-override": {
    principle: "P1",
    text: {
      en: "You set your own choice for this kind of request on {platform}, and your choice comes first.",
      fi: "Olet itse päättänyt, miten toimit tällaisissa pyynnöissä {platform}-tililläsi, ja oma valintasi ratkaisee.",
      nb: "Du har selv valgt hva du gjør med slike forespørsler på {platform}, og ditt valg går foran.",
    },
    follow: {
      en: "You set your own choice for people like this on {platform}, and your choice comes first.",
      fi: "Olet itse päättänyt, miten toimit tällaisten ihmisten kanssa {platform}-tililläsi, ja oma valintasi ratkaisee.",
      nb: "Du har selv valgt hva du gjør med slike personer på {platform}, og ditt valg går foran.",
    },
  },
  "override-against-duty": {
    principle: "P1",
    text: {
      en: "Your own choice decides here. Because it goes against your profession's duty of care, the careful answer is shown as the other option.",
      fi: "Tässä ratkaisee oma valintasi. Koska se poikkeaa ammattisi huolenpitovelvollisuudesta, varovaisempi vastaus näytetään toisena vaihtoehtona.",
      nb: "Her er det ditt eget valg som gjelder. Fordi det går på tvers av yrkesetikken din, vises det forsiktige svaret som et annet alternativ.",
    },
  },
  "override-redirect-on-linkedin": {
    principle: "P6",
    text: {
      en: "Your setting says redirect, but this request is already on LinkedIn, so the kind answer is a polite no.",
      fi: "Asetuksesi on ohjata LinkedIniin, mutta pyyntö tuli jo LinkedInissä, joten ystävällinen kieltäytyminen on oikea vastaus.",
      nb: "Innstillingen din er å henvise til LinkedIn, men forespørselen kom allerede på LinkedIn, så et høflig nei er svaret.",
    },
  },
  "override-redirect-without-linkedin": {
    principle: "P6",
    text: {
      en: "Your setting says redirect to LinkedIn, but you have no LinkedIn profile to point to, so the advice is to decline kindly instead.",
      fi: "Asetuksesi on ohjata LinkedIniin, mutta sinulla ei ole LinkedIn-profiilia, johon ohjata. Siksi neuvo on kieltäytyä ystävällisesti.",
      nb: "Innstillingen din er å henvise til LinkedIn, men du har ingen LinkedIn-profil å vise til. Derfor er rådet å takke høflig nei i stedet.",
    },
  },
  "rules-would-accept": {
    principle: "P1",
    text: {
      en: "Without your own setting, the rules would suggest accepting.",
      fi: "Ilman omaa asetustasi säännöt ehdottaisivat hyväksymistä.",
      nb: "Uten din egen innstilling ville reglene foreslått å godta.",
    },
  },
  "rules-would-decline": {
    principle: "P1",
    text: {
      en: "Without your own setting, the rules would suggest declining.",
      fi: "Ilman omaa asetustasi säännöt ehdottaisivat kieltäytymistä.",
      nb: "Uten din egen innstilling ville reglene foreslått å takke nei.",
    },
  },
  "rules-would-redirect": {
    principle: "P1",
    text: {
      en: "Without your own setting, the rules would suggest pointing them to LinkedIn.",
      fi: "Ilman omaa asetustasi säännöt ehdottaisivat ohjaamista LinkedIniin.",
      nb: "Uten din egen innstilling ville reglene foreslått å henvise til LinkedIn.",
    },
  },
  // --- the organisation's baseline (issue 23) --------------------------------
  "team-baseline": {
    principle: "P1",
    text: {
      en: "Your team's guideline suggests this for requests like this on {platform}. You can still set your own choice for it in your policy.",
      fi: "Tiimisi ohjeistus suosittaa tätä tällaisiin pyyntöihin {platform}-tililläsi. Voit silti tehdä oman valintasi käytännöissäsi.",
      nb: "Retningslinjen til teamet ditt foreslår dette for slike forespørsler på {platform}. Du kan fortsatt velge selv i policyen din.",
    },
    follow: {
      en: "Your team's guideline suggests this for people like this on {platform}. You can still set your own choice for it in your policy.",
      fi: "Tiimisi ohjeistus suosittaa tätä tällaisten ihmisten kohdalla {platform}-tililläsi. Voit silti tehdä oman valintasi käytännöissäsi.",
      nb: "Retningslinjen til teamet ditt foreslår dette for slike personer på {platform}. Du kan fortsatt velge selv i policyen din.",
    },
  },
  "team-redirect-not-possible": {
    principle: "P6",
    text: {
      en: "Your team suggests pointing them to LinkedIn, but that can't be done here, so the kind answer is a polite no.",
      fi: "Tiimisi suosittaa ohjaamaan hänet LinkedIniin, mutta se ei tässä onnistu, joten ystävällinen kieltäytyminen on oikea vastaus.",
      nb: "Teamet ditt foreslår å henvise til LinkedIn, men det lar seg ikke gjøre her, så et høflig nei er svaret.",
    },
    follow: {
      en: "Your team suggests pointing people like this to LinkedIn, but nobody asked you anything here, so the advice is not to follow back.",
      fi: "Tiimisi suosittaa ohjaamaan tällaiset ihmiset LinkedIniin, mutta kukaan ei kysynyt sinulta mitään, joten neuvo on olla seuraamatta takaisin.",
      nb: "Teamet ditt foreslår å henvise slike personer til LinkedIn, men ingen har spurt deg om noe her, så rådet er å ikke følge tilbake.",
    },
  },
  // --- sales pitches, unused platforms --------------------------------------
  "sales-pitch-stranger": {
    principle: "P10",
    text: {
      en: "A stranger whose request is a sales pitch adds numbers to your network, not quality.",
      fi: "Tuntematon, jonka pyyntö on myyntipuhe, kasvattaa verkostosi kokoa mutta ei sen laatua.",
      nb: "En fremmed som bruker forespørselen til salg, gjør nettverket ditt større, ikke bedre.",
    },
    follow: {
      en: "A stranger who is out to sell adds numbers to your network, not quality.",
      fi: "Tuntematon, joka on liikkeellä myyntiaikeissa, kasvattaa verkostosi kokoa mutta ei sen laatua.",
      nb: "En fremmed som er ute etter å selge, gjør nettverket ditt større, ikke bedre.",
    },
  },
  "sales-pitch-not-why": {
    principle: "P11",
    text: {
      en: "The request says what they want to sell, not why the two of you should be connected.",
      fi: "Pyyntö kertoo, mitä halutaan myydä – ei sitä, miksi teidän kannattaisi olla yhteydessä.",
      nb: "Forespørselen sier hva som skal selges, ikke hvorfor dere to burde være i kontakt.",
    },
    follow: {
      en: "What they sent is about what they want to sell, not why the two of you should be connected.",
      fi: "Viesti kertoo, mitä halutaan myydä – ei sitä, miksi teidän kannattaisi olla yhteydessä.",
      nb: "Det de har sendt, handler om hva de vil selge, ikke hvorfor dere to burde være i kontakt.",
    },
  },
  "platform-not-used": {
    principle: "P1",
    text: {
      en: "You told us you don't use {platform}, so a connection there would serve no one. The sources don't cover this case; most people simply say they are not active there.",
      fi: "Kerroit, ettei {platform} ole sinulla käytössä, joten yhteys sinne ei palvelisi ketään. Lähteet eivät käsittele tätä tilannetta; useimmat yksinkertaisesti kertovat, etteivät ole siellä aktiivisia.",
      nb: "Du har sagt at du ikke bruker {platform}, så en kontakt der er til nytte for ingen. Kildene omtaler ikke dette; de fleste sier bare at de ikke er aktive der.",
    },
  },
  "platform-not-used-redirect": {
    principle: "P6",
    text: {
      en: "For a work contact, LinkedIn is where you can actually be reached, so point them there.",
      fi: "Työkontaktin kannattaa ohjata LinkedIniin, sillä siellä sinut oikeasti tavoittaa.",
      nb: "En jobbkontakt kan du vise videre til LinkedIn, der du faktisk er å treffe.",
    },
  },
  // --- LinkedIn, the professional home --------------------------------------
  "meeting-incoming": {
    principle: "P13",
    text: {
      en: "You are about to meet. The advice to wait until after a meeting is about reaching out yourself; being approached first is harmless, and saying no now would be unkind.",
      fi: "Olette pian tapaamassa. Neuvo lähettää kutsu vasta tapaamisen jälkeen koskee omia yhteydenottojasi; se, että toinen ottaa yhteyttä ensin, on harmitonta, ja kieltäytyminen nyt olisi epäystävällistä.",
      nb: "Dere skal snart møtes. Rådet om å vente til etter møtet gjelder når du selv tar kontakt; at den andre tar kontakt først, er helt greit, og å si nei nå ville vært uvennlig.",
    },
  },
  "job-seeker-relevant": {
    principle: "P15",
    text: {
      en: "You are looking for work, and many positions are filled without ever being advertised; a relevant recruiter or professional is worth having in your network.",
      fi: "Etsit työtä, ja moni paikka täytetään ilmoittamatta sitä julkisesti. Alan rekrytoija tai ammattilainen on siksi hyvä kontakti.",
      nb: "Du ser etter jobb, og mange stillinger blir besatt uten å bli utlyst. En relevant rekrutterer eller fagperson er derfor verdt å ha i nettverket.",
    },
  },
  "linkedin-home": {
    principle: "P8",
    text: {
      en: "LinkedIn is your professional home, and people you know through work belong in your network there.",
      fi: "LinkedIn on ammatillinen kotisi, ja työn kautta tutut ihmiset kuuluvat siellä verkostoosi.",
      nb: "LinkedIn er ditt profesjonelle hjem, og folk du kjenner gjennom jobb, hører hjemme i nettverket ditt der.",
    },
  },
  "former-coworker-long-term": {
    principle: "P19",
    text: {
      en: "Networking is long-term and two-way: people you have worked with are often the ones who help you, and whom you help, years later.",
      fi: "Verkostoituminen on pitkäjänteistä ja molemminpuolista: entiset työkaverit ovat usein niitä, jotka auttavat sinua – ja joita sinä autat – vuosien päästä.",
      nb: "Nettverksbygging er langsiktig og gjensidig: tidligere kolleger er ofte de som hjelper deg, og som du hjelper, mange år senere.",
    },
  },
  "linkedin-any-field": {
    principle: "P8",
    text: {
      en: "On LinkedIn, contacts from any field are an asset, including people you know privately.",
      fi: "LinkedInissä kontaktit kaikilta aloilta ovat hyödyksi, myös ne, jotka tunnet yksityiselämästä.",
      nb: "På LinkedIn er kontakter fra alle fag en fordel, også folk du kjenner privat.",
    },
  },
  "persona-camp": {
    principle: "P9",
    text: {
      en: "Whether you keep LinkedIn strictly professional or let your personality show there, people you know well fit in.",
      fi: "Pidätpä LinkedInin tiukasti ammatillisena tai annat persoonasi näkyä siellä, hyvin tuntemasi ihmiset sopivat verkostoosi.",
      nb: "Enten du holder LinkedIn strengt profesjonelt eller lar personligheten komme fram der, passer folk du kjenner godt, inn.",
    },
  },
  "met-and-got-on": {
    principle: "P14",
    text: {
      en: "You met and got on well. Connecting now tends to pay off later, even with nothing to discuss yet.",
      fi: "Tapasitte ja tulitte hyvin juttuun. Yhteys kannattaa luoda nyt, vaikka asiaa ei vielä olisikaan – se maksaa itsensä usein takaisin myöhemmin.",
      nb: "Dere har møttes og fikk god kontakt. Det lønner seg ofte å knytte kontakt nå, selv om dere ikke har noe konkret å snakke om ennå.",
    },
  },
  "open-networker": {
    principle: "P18",
    text: {
      en: "You network openly: you can't know in advance which contacts will turn out to matter.",
      fi: "Verkostoidut avoimesti: etukäteen ei voi tietää, mitkä kontaktit osoittautuvat tärkeiksi.",
      nb: "Du bygger nettverk åpent: du kan ikke vite på forhånd hvilke kontakter som vil bety noe.",
    },
  },
  "polite-approach": {
    principle: "P20",
    text: {
      en: "A connection request is a legitimate way to approach someone you have never met.",
      fi: "Kontaktipyyntö on asiallinen tapa lähestyä ihmistä, jota ei ole koskaan tavannut.",
      nb: "En kontaktforespørsel er en grei og legitim måte å nå noen man aldri har møtt.",
    },
  },
  "selective-note": {
    principle: "P11",
    text: {
      en: "You network selectively, and they said why they want to connect; that is what a considered invitation looks like.",
      fi: "Verkostoidut valikoiden, ja pyynnössä kerrotaan, miksi yhteyttä halutaan. Juuri sellainen on harkittu kutsu.",
      nb: "Du er selektiv, og forespørselen sier hvorfor personen vil knytte kontakt. Slik ser en gjennomtenkt invitasjon ut.",
    },
  },
  "selective-shared-circle": {
    principle: "P12",
    text: {
      en: "You have common ground and many mutual connections, so you likely move in the same circles.",
      fi: "Teillä on yhteisiä kiinnekohtia ja paljon yhteisiä kontakteja, joten liikutte todennäköisesti samoissa piireissä.",
      nb: "Dere har noe felles og mange felles kontakter, så dere beveger dere trolig i de samme kretsene.",
    },
  },
  "selective-cold": {
    principle: "P10",
    text: {
      en: "You network selectively: a smaller network of people you know beats a large, random one.",
      fi: "Verkostoidut valikoiden: pienempi verkosto tuttuja ihmisiä on parempi kuin suuri ja sattumanvarainen.",
      nb: "Du er selektiv: et mindre nettverk av folk du kjenner, er bedre enn et stort og tilfeldig.",
    },
  },
  "cold-no-note": {
    principle: "P11",
    text: {
      en: "You don't know each other, and the request doesn't say why they want to connect.",
      fi: "Ette tunne toisianne, eikä pyynnössä kerrota, miksi yhteyttä halutaan.",
      nb: "Dere kjenner ikke hverandre, og forespørselen sier ikke hvorfor personen vil knytte kontakt.",
    },
    follow: {
      en: "You don't know each other, and they haven't said why they want to connect.",
      fi: "Ette tunne toisianne, eikä hän ole kertonut, miksi haluaa olla yhteydessä.",
      nb: "Dere kjenner ikke hverandre, og personen har ikke sagt hvorfor hen vil knytte kontakt.",
    },
  },
  // --- professional accounts elsewhere --------------------------------------
  "x-professional": {
    principle: "P3",
    text: {
      en: "You use X professionally: coworkers, clients and partners fit there, and following other professionals back is courteous.",
      fi: "X-tilisi on ammatillinen: työkaverit, asiakkaat ja yhteistyökumppanit sopivat sinne, ja muiden ammattilaisten seuraaminen takaisin on kohteliasta.",
      nb: "Du bruker X profesjonelt: kolleger, kunder og samarbeidspartnere passer inn der, og det er høflig å følge andre fagfolk tilbake.",
    },
  },
  "creative-channels": {
    principle: "P5",
    text: {
      en: "In your creative field, where circles are small, {platform} still works as a professional channel.",
      fi: "Luovalla alallasi piirit ovat pienet, ja {platform} toimii yhä myös ammatillisena kanavana.",
      nb: "I ditt kreative fagfelt er miljøene små, og {platform} fungerer fortsatt som en profesjonell kanal.",
    },
  },
  "professional-persona": {
    principle: "P1",
    text: {
      en: "You use {platform} as a work account, so work contacts belong there.",
      fi: "{platform}-tilisi on työkäytössä, joten työkontaktit kuuluvat sinne.",
      nb: "Du bruker {platform} som jobbkonto, så jobbkontakter hører hjemme der.",
    },
  },
  "professional-personal-ties": {
    // The sentence is about how you use the account (P1), not about camps.
    principle: "P1",
    text: {
      en: "Even if you keep {platform} for work, people close to you following it does no harm. The sources don't cover this case; most professionals accept them.",
      fi: "Vaikka {platform}-tilisi on työkäytössä, läheistesi seuraamisesta ei ole haittaa. Lähteet eivät käsittele tätä; useimmat ammattilaiset hyväksyvät heidät.",
      nb: "Selv om du bruker {platform} til jobb, skader det ikke at folk som står deg nær, følger deg. Kildene omtaler ikke dette; de fleste fagfolk godtar dem.",
    },
  },
  "professional-public-stranger": {
    principle: "P17",
    text: {
      en: "Your work account on {platform} is public: it is there to make you findable, and a follower sees nothing you haven't published. The sources don't cover strangers here; most professionals let anyone follow a public work account.",
      fi: "{platform}-työtilisi on julkinen: sen tarkoitus on tehdä sinut löydettäväksi, eikä seuraaja näe mitään, mitä et ole itse julkaissut. Lähteet eivät käsittele tuntemattomia tässä; useimmat ammattilaiset antavat kenen tahansa seurata julkista työtiliä.",
      nb: "Jobbkontoen din på {platform} er offentlig: den skal gjøre deg lett å finne, og en følger ser ikke noe du ikke allerede har publisert. Kildene omtaler ikke fremmede her; de fleste fagfolk lar hvem som helst følge en offentlig jobbkonto.",
    },
  },
  "selective-some-signal": {
    principle: "P12",
    text: {
      en: "Something connects you – a note, common ground or mutual connections – so this is not a random request.",
      fi: "Teitä yhdistää jokin – viesti, yhteinen kiinnekohta tai yhteiset kontaktit – joten pyyntö ei ole sattumanvarainen.",
      nb: "Noe forbinder dere – en melding, noe felles eller felles kontakter – så dette er ikke en tilfeldig forespørsel.",
    },
    follow: {
      en: "Something connects you – a message, common ground or mutual connections – so this is not a random follower.",
      fi: "Teitä yhdistää jokin – viesti, yhteinen kiinnekohta tai yhteiset kontaktit – joten seuraaja ei ole sattumanvarainen.",
      nb: "Noe forbinder dere – en melding, noe felles eller felles kontakter – så dette er ikke en tilfeldig følger.",
    },
  },
  // --- civilian (private) accounts ------------------------------------------
  "civilian-close-circle": {
    principle: "P1",
    text: {
      en: "You use {platform} privately, for the people close to you, and this person is one of them.",
      fi: "{platform}-tilisi on yksityiskäytössä läheisiäsi varten, ja tämä ihminen on yksi heistä.",
      nb: "Du bruker {platform} privat, for folk som står deg nær, og denne personen er en av dem.",
    },
  },
  "civilian-boundary": {
    principle: "P1",
    text: {
      en: "You keep {platform} private, for the people close to you.",
      fi: "{platform}-tilisi on yksityinen, läheisiäsi varten.",
      nb: "{platform} bruker du privat, for folk som står deg nær.",
    },
    byPlatform: {
      // P2: a private X account is for people close to you only.
      x: {
        principle: "P2",
        text: {
          en: "Your X account is a private space: you link only with people close to you there. Work contacts and half-acquaintances don't even need to know it exists.",
          fi: "X-tilisi on yksityinen tila: siellä olet yhteydessä vain läheisiisi. Työkontaktien ja puolituttujen ei tarvitse edes tietää tilin olemassaolosta.",
          nb: "X-kontoen din er et privat rom: der knytter du bare kontakt med folk som står deg nær. Jobbkontakter og halvbekjente trenger ikke engang vite at den finnes.",
        },
      },
      // P4: Facebook is mostly private life; coworkers there are never an obligation.
      facebook: {
        principle: "P4",
        text: {
          en: "Facebook is mostly for your private life. Connecting with coworkers there is common, but never an obligation.",
          fi: "Facebook on sinulle lähinnä yksityiselämää varten. Työkavereiden kanssa siellä ollaan usein kavereita, mutta se ei ole koskaan pakollista.",
          nb: "Facebook er mest for privatlivet ditt. Det er vanlig å være venner med kolleger der, men aldri en plikt.",
        },
      },
      // P7: a private Instagram need not be mentioned or shared.
      instagram: {
        principle: "P7",
        text: {
          en: "A private Instagram account doesn't need to be mentioned or shared with anyone.",
          fi: "Yksityistä Instagram-tiliä ei tarvitse mainita eikä jakaa kenellekään.",
          nb: "En privat Instagram-konto trenger du verken å nevne eller dele med noen.",
        },
      },
    },
  },
  "redirect-to-linkedin": {
    principle: "P6",
    text: {
      en: "Point them to your LinkedIn and say kindly that you keep {platform} for close friends and family. Most people respect that.",
      fi: "Ohjaa hänet LinkedIn-profiiliisi ja kerro ystävällisesti, että {platform} on sinulla perhettä ja läheisiä ystäviä varten. Useimmat kunnioittavat sitä.",
      nb: "Vis personen til LinkedIn-profilen din, og si vennlig at du har {platform} for familie og nære venner. De fleste respekterer det.",
    },
  },
  "power-asymmetry": {
    // The sentence is about keeping private accounts apart from reporting
    // lines by your own choice (P1); the seeds are silent on reporting lines.
    principle: "P1",
    text: {
      en: "With a manager or someone who reports to you, saying no later is harder than saying it now. The sources don't cover reporting lines; most professionals keep private accounts apart from them and stay in touch through work channels.",
      fi: "Esihenkilölle tai alaiselle on myöhemmin vaikeampi kieltäytyä kuin nyt. Lähteet eivät käsittele esihenkilösuhteita; useimmat ammattilaiset pitävät yksityiset tilinsä niistä erillään ja pitävät yhteyttä työn kanavissa.",
      nb: "Overfor en leder eller noen som rapporterer til deg, er det vanskeligere å si nei senere enn nå. Kildene omtaler ikke rapporteringslinjer; de fleste fagfolk holder private kontoer utenfor dem og holder kontakten via jobbkanaler.",
    },
  },
  "no-linkedin-decline": {
    principle: "P6",
    text: {
      en: "Usually you would point a work contact to LinkedIn, but you have no profile there, so a kind, honest no is the answer.",
      fi: "Työkontaktin voisi yleensä ohjata LinkedIniin, mutta sinulla ei ole siellä profiilia, joten ystävällinen ja rehellinen kieltäytyminen on paras vastaus.",
      nb: "Vanligvis kan du vise en jobbkontakt til LinkedIn, men du har ingen profil der, så et vennlig og ærlig nei er svaret.",
    },
  },
  "civilian-stranger": {
    principle: "P7",
    text: {
      en: "You don't know this person, and a private account doesn't need to be shared with anyone. The sources don't discuss strangers directly; most people keep a private account to people they know.",
      fi: "Et tunne tätä ihmistä, eikä yksityistä tiliä tarvitse jakaa kenellekään. Lähteet eivät käsittele tuntemattomia suoraan; useimmat pitävät yksityisen tilin tuttujen kesken.",
      nb: "Du kjenner ikke denne personen, og en privat konto trenger du ikke dele med noen. Kildene omtaler ikke fremmede direkte; de fleste holder en privat konto for folk de kjenner.",
    },
  },
  // --- mixed accounts -------------------------------------------------------
  "mixed-personal": {
    principle: "P9",
    text: {
      en: "You let your personal side show on {platform}, so people you know privately fit there.",
      fi: "Annat myös yksityisen puolesi näkyä {platform}-tililläsi, joten yksityiselämästä tutut ihmiset sopivat sinne.",
      nb: "Du viser også den private siden din på {platform}, så folk du kjenner privat, passer inn der.",
    },
  },
  "mixed-known-work": {
    principle: "P9",
    text: {
      en: "You use {platform} for both work and private life, and you know this person beyond work, so connecting fits how you use it.",
      fi: "{platform}-tilisi on sekä työ- että yksityiskäytössä, ja tunnet tämän ihmisen muutenkin kuin työn kautta, joten yhteys sopii tapaasi käyttää tiliä.",
      nb: "Du bruker {platform} både til jobb og privat, og du kjenner denne personen utover jobben, så det passer med hvordan du bruker kontoen.",
    },
  },
  "known-personally": {
    principle: "P14",
    text: {
      en: "Having met and got on is what makes a contact worth keeping; such contacts tend to pay off later.",
      fi: "Tapaaminen ja hyvä yhteys tekevät kontaktista säilyttämisen arvoisen; sellaiset kontaktit kantavat usein pitkälle.",
      nb: "At dere har møttes og fått god kontakt, gjør kontakten verdt å ta vare på; slike kontakter lønner seg ofte senere.",
    },
  },
  "mixed-boundary": {
    principle: "P9",
    text: {
      en: "On {platform} you mix work and private life only with people you know personally; someone you know only through work fits better on LinkedIn.",
      fi: "{platform}-tililläsi yhdistät työn ja yksityiselämän vain henkilökohtaisesti tuntemiesi kanssa; pelkästään työn kautta tuttu sopii paremmin LinkedIniin.",
      nb: "På {platform} blander du jobb og privatliv bare med folk du kjenner personlig; en du bare kjenner fra jobben, passer bedre på LinkedIn.",
    },
  },
  "mixed-redirect": {
    principle: "P6",
    text: {
      en: "Point them to your LinkedIn and say kindly that you keep {platform} for people you know personally. Most people respect that.",
      fi: "Ohjaa hänet LinkedIn-profiiliisi ja kerro ystävällisesti, että {platform} on sinulla henkilökohtaisesti tuntemiasi ihmisiä varten. Useimmat kunnioittavat sitä.",
      nb: "Vis personen til LinkedIn-profilen din, og si vennlig at du har {platform} for folk du kjenner personlig. De fleste respekterer det.",
    },
  },
  "mixed-stranger": {
    principle: "P10",
    text: {
      en: "You don't know this person, and a smaller circle of people you know beats a large, random one – all the more on {platform}, where your private side shows too.",
      fi: "Et tunne tätä ihmistä, ja pienempi piiri tuttuja on parempi kuin suuri ja sattumanvarainen – varsinkin {platform}-tililläsi, jolla näkyy myös yksityinen puolesi.",
      nb: "Du kjenner ikke denne personen, og en mindre krets av folk du kjenner, er bedre enn en stor og tilfeldig – særlig på {platform}, der også den private siden din vises.",
    },
  },
  "public-work-not-followed-back": {
    principle: "P8",
    text: {
      en: "Your {platform} is public, so they can already see what you post there. For someone you know through work, LinkedIn is enough: you don't need to follow back.",
      fi: "{platform}-tilisi on julkinen, joten hän näkee jo julkaisusi. Työn kautta tutulle LinkedIn riittää: sinun ei tarvitse seurata takaisin.",
      nb: "{platform}-kontoen din er offentlig, så personen ser allerede det du legger ut. For en du kjenner gjennom jobb, holder LinkedIn: du trenger ikke følge tilbake.",
    },
  },
  // --- public accounts (contract v2): followers, not requests ----------------
  "public-civilian-personal": {
    principle: "P1",
    text: {
      en: "Your {platform} is public, so nobody needs to ask: they already follow you. You use it for your private life, and this person belongs to it, so keep them.",
      fi: "{platform}-tilisi on julkinen, joten kenenkään ei tarvitse kysyä lupaa: hän seuraa sinua jo. Käytät tiliä yksityiselämääsi varten, ja tämä ihminen kuuluu siihen, joten anna hänen seurata.",
      nb: "{platform}-kontoen din er offentlig, så ingen trenger å spørre: personen følger deg allerede. Du bruker den privat, og denne personen hører til der, så la hen følge deg.",
    },
  },
  "public-civilian-others": {
    principle: "P1",
    text: {
      en: "Your {platform} is public, so they already follow you without asking. You use it for your private life, so you don't need to follow back, and you can remove them as a follower without them being told.",
      fi: "{platform}-tilisi on julkinen, joten hän seuraa sinua jo kysymättä. Käytät tiliä yksityiselämääsi varten, joten sinun ei tarvitse seurata takaisin, ja voit poistaa hänet seuraajistasi ilman, että hänelle ilmoitetaan.",
      nb: "{platform}-kontoen din er offentlig, så personen følger deg allerede uten å spørre. Du bruker den privat, så du trenger ikke følge tilbake, og du kan fjerne hen som følger uten at hen får beskjed.",
    },
  },
  "public-make-private": {
    principle: "P17",
    text: {
      en: "What you post on a public account can be seen by anyone and stays findable. If you keep {platform} for private life, consider making the account private: the followers you have stay, and you can remove the ones you don't want.",
      fi: "Julkisen tilin julkaisut näkyvät kaikille ja löytyvät myöhemminkin. Jos {platform} on sinulla yksityiselämää varten, harkitse tilin muuttamista yksityiseksi: nykyiset seuraajat säilyvät, ja voit poistaa ne, joita et halua.",
      nb: "Det du legger ut på en offentlig konto, kan alle se, og det blir liggende. Bruker du {platform} privat, kan du vurdere å gjøre kontoen privat: følgerne du har, blir værende, og du kan fjerne dem du ikke vil ha.",
    },
  },
  // --- duty of care (contract v2, D1–D4) -------------------------------------
  "duty-current-client": {
    principle: "D1",
    text: {
      en: "Counsellors', psychologists' and doctors' ethics codes ask them not to connect with current clients or patients on any social platform, professional networks included. If you have a practice page, point them there.",
      fi: "Terapeuttien, psykologien ja lääkärien eettiset ohjeet kehottavat olemaan luomatta yhteyksiä nykyisiin asiakkaisiin tai potilaisiin missään somepalvelussa, ammatilliset verkostot mukaan lukien. Jos sinulla on vastaanoton sivu, ohjaa hänet sinne.",
      nb: "De etiske reglene for terapeuter, psykologer og leger sier at man ikke knytter kontakt med nåværende klienter eller pasienter i sosiale medier, heller ikke i profesjonelle nettverk. Har du en side for praksisen, kan du vise til den.",
    },
  },
  "duty-former-client": {
    principle: "D2",
    text: {
      en: "Former clients and patients get the same care: accepting them can reveal to others that they were treated by you.",
      fi: "Entisiä asiakkaita ja potilaita koskee sama huolellisuus: yhteys voi paljastaa muille, että he ovat olleet hoidossasi.",
      nb: "Tidligere klienter og pasienter fortjener samme varsomhet: å godta dem kan avsløre for andre at de har vært hos deg.",
    },
  },
  "duty-pupils-and-guardians": {
    principle: "D3",
    text: {
      en: "Teachers keep pupils and their parents off their own accounts, professional networks included, and treat every pupil the same. The school's own channels are the place to stay in touch.",
      fi: "Opettaja ei ole omilla tileillään yhteydessä oppilaisiin tai heidän huoltajiinsa, ei ammatillisissa verkostoissakaan, ja kohtelee kaikkia oppilaita samalla tavalla. Yhteyttä pidetään koulun omissa kanavissa.",
      nb: "Lærere holder elever og foresatte utenfor egne kontoer, også profesjonelle nettverk, og behandler alle elever likt. Skolens egne kanaler er stedet for kontakt.",
    },
  },
  "duty-say-it-as-a-rule": {
    principle: "D4",
    text: {
      en: "Say no as a rule you keep with everyone, not as a judgement of this person, and say nothing that would reveal your professional relationship to anyone else.",
      fi: "Perustele kieltäytyminen sääntönä, jota noudatat kaikkien kanssa – ei arviona tästä ihmisestä – äläkä kerro mitään, mikä paljastaisi ammatillisen suhteenne muille.",
      nb: "Si nei som en regel du har for alle, ikke som en vurdering av denne personen, og si ingenting som kan avsløre det profesjonelle forholdet deres for andre.",
    },
  },
  fallback: {
    principle: "P1",
    text: {
      en: "No specific rule fits this request. When in doubt, a kind no keeps your accounts the way you use them.",
      fi: "Mikään sääntö ei sovi tähän pyyntöön suoraan. Epävarmassa tilanteessa ystävällinen kieltäytyminen pitää tilisi sellaisina kuin niitä käytät.",
      nb: "Ingen regel passer akkurat denne forespørselen. Er du i tvil, holder et vennlig nei kontoene dine slik du bruker dem.",
    },
    follow: {
      en: "No specific rule fits this case. When in doubt, not following back keeps your accounts the way you use them.",
      fi: "Mikään sääntö ei sovi tähän suoraan. Epävarmassa tilanteessa takaisin seuraamatta jättäminen pitää tilisi sellaisina kuin niitä käytät.",
      nb: "Ingen regel passer akkurat her. Er du i tvil, holder du kontoene dine slik du bruker dem ved å ikke følge tilbake.",
    },
  },
  // --- signals appended after the rule's own reasons -------------------------
  "signal-note": {
    principle: "P11",
    text: {
      en: "They said why they want to connect.",
      fi: "Pyynnössä kerrotaan, miksi yhteyttä halutaan.",
      nb: "Forespørselen sier hvorfor personen vil knytte kontakt.",
    },
    follow: {
      en: "They said why they want to connect.",
      fi: "Hän on kertonut, miksi haluaa olla yhteydessä.",
      nb: "Personen har sagt hvorfor hen vil knytte kontakt.",
    },
  },
  "signal-common-ground": {
    principle: "P12",
    text: {
      en: "You have common ground, which gives the contact substance.",
      fi: "Teillä on jotain yhteistä, mikä antaa yhteydelle sisältöä.",
      nb: "Dere har noe felles, og det gir kontakten innhold.",
    },
  },
  "signal-rapport": {
    principle: "P14",
    text: {
      en: "You met and got on well; contacts like that tend to pay off later.",
      fi: "Tapasitte ja tulitte hyvin juttuun; sellaiset kontaktit kantavat usein pitkälle.",
      nb: "Dere møttes og fikk god kontakt; slike kontakter lønner seg ofte senere.",
    },
  },
  "signal-meeting-planned": {
    principle: "P13",
    text: {
      en: "You are meeting soon. Waiting until after a meeting is advice for reaching out yourself, not a reason to turn someone away.",
      fi: "Tapaatte pian. Tapaamisen jälkeen odottaminen on neuvo omiin yhteydenottoihin, ei syy torjua toista.",
      nb: "Dere skal møtes snart. Å vente til etter møtet er et råd for når du selv tar kontakt, ikke en grunn til å avvise noen.",
    },
  },
  "signal-sales-pitch": {
    principle: "P10",
    text: {
      en: "The request reads like a sales pitch, so look at their profile before answering.",
      fi: "Pyyntö kuulostaa myyntipuheelta, joten katso profiili ennen kuin vastaat.",
      nb: "Forespørselen høres ut som salg, så se på profilen før du svarer.",
    },
    follow: {
      en: "What they sent reads like a sales pitch, so look at their profile before you decide.",
      fi: "Viesti kuulostaa myyntipuheelta, joten katso profiili ennen kuin päätät.",
      nb: "Det de har sendt, høres ut som salg, så se på profilen før du bestemmer deg.",
    },
  },
} as const satisfies Record<string, ReasonEntry>;

export type ReasonKey = keyof typeof REASON_TEXTS;
export const REASON_KEYS = Object.keys(REASON_TEXTS) as ReasonKey[];

export interface RenderedReason {
  readonly principle: Principle;
  readonly text: string;
}

function variantOf(key: ReasonKey, platform: Platform): ReasonText {
  const entry: ReasonEntry = REASON_TEXTS[key];
  return entry.byPlatform?.[platform] ?? entry;
}

/** The texts for a platform, and for a public account's follower where the key words them apart. */
function textsOf(key: ReasonKey, platform: Platform, follow: boolean): Texts {
  const entry: ReasonEntry = REASON_TEXTS[key];
  if (follow && entry.follow !== undefined) return entry.follow;
  return variantOf(key, platform).text;
}

type RenderedTable = Record<ReasonKey, Record<Platform, readonly [Record<Language, RenderedReason>, Record<Language, RenderedReason>]>>;

// Rendered once at load: ~60 keys × 4 platforms × (request, follow) × 3
// languages. Keeps string work off the decide() hot path.
const RENDERED = (() => {
  const table = {} as RenderedTable;
  for (const key of REASON_KEYS) {
    const byPlatform = {} as RenderedTable[ReasonKey];
    for (const platform of PLATFORMS) {
      const principle = variantOf(key, platform).principle;
      const render = (follow: boolean) => {
        const texts = textsOf(key, platform, follow);
        const byLanguage = {} as Record<Language, RenderedReason>;
        for (const language of LANGUAGES) {
          byLanguage[language] = Object.freeze({ principle, text: texts[language].split("{platform}").join(PLATFORM_NAMES[platform]) });
        }
        return byLanguage;
      };
      byPlatform[platform] = [render(false), render(true)] as const;
    }
    table[key] = byPlatform;
  }
  return table;
})();

/** A reason in a language; `follow` for a public account's follower (no "request" wording). */
export function renderReason(key: ReasonKey, platform: Platform, language: Language, follow = false): RenderedReason {
  return RENDERED[key][platform][follow ? 1 : 0][language];
}

/** Every principle a key can cite, over all platforms (for checking the rule table). */
export function reasonPrinciples(key: ReasonKey): Principle[] {
  const set = new Set<Principle>();
  for (const platform of PLATFORMS) set.add(variantOf(key, platform).principle);
  return [...set];
}
