/**
 * Fourteen real education organizations from the Rosobrnadzor licence and
 * accreditation registry, as mirrored by the schooldb.skillline.ru test API
 * (collected in the ShinTerrible/test_assignment-traschinskaia repository; no
 * licence stated; public registry data). Only names and registry numbers are
 * kept; one record has no KPP in the registry.
 */
export interface RegistryRecord {
  shortName: string | null;
  inn: string;
  ogrn: string;
  kpp: string | null;
}

export const registrySample: RegistryRecord[] = [
  { shortName: 'МБОУ «Кемецкая СОШ»', inn: '6907006968', ogrn: '1026901606610', kpp: '690701001' },
  {
    shortName: 'МОУ УСОШ №1 им. А.С.Попова',
    inn: '6916009122',
    ogrn: '1026901949051',
    kpp: '691601001',
  },
  { shortName: 'ТЕПСОШ', inn: '6905033660', ogrn: '1026900565922', kpp: '695001001' },
  { shortName: 'ГОУ НПО ПУ № 31', inn: '6911014680', ogrn: '1026901731174', kpp: '694901001' },
  { shortName: 'МОУ "СОШ № 12"', inn: '6914007948', ogrn: '1026901850360', kpp: '691401001' },
  {
    shortName: 'МБОУ «Новоселовская ООШ» Орловского муниципального округа',
    inn: '5720010403',
    ogrn: '1025700696383',
    kpp: '572001001',
  },
  {
    shortName: 'МАОУ «Каменноозерская ООШ»',
    inn: '6605006658',
    ogrn: '1026600707000',
    kpp: '663301001',
  },
  {
    shortName: 'МБОУ Нижневерейская средняя школа',
    inn: '5247014774',
    ogrn: '1025201638329',
    kpp: '524701001',
  },
  { shortName: null, inn: '3802008384', ogrn: '1023802648902', kpp: null },
  {
    shortName: 'ОЧУ ВО «Академия МНЭПУ»',
    inn: '7720006383',
    ogrn: '1027700364262',
    kpp: '771301001',
  },
  {
    shortName: 'МКОУ Госселекционная СШ',
    inn: '3410061877',
    ogrn: '1023404978960',
    kpp: '341001001',
  },
  {
    shortName: 'МКОУ "Ахтубинская СОШ"',
    inn: '3006005459',
    ogrn: '1023001539538',
    kpp: '300601001',
  },
  {
    shortName: 'Гуманитарный институт (г. Москва)',
    inn: '7706079069',
    ogrn: '1037700025802',
    kpp: '771701001',
  },
  {
    shortName: 'МБОУ НОШ П. ГОРНОЕ МИХАЙЛОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА',
    inn: '2520007687',
    ogrn: '1022500864363',
    kpp: '252001001',
  },
];
