/** `places.json`: the tree of regions, districts and cities, sectors and mahallas. */
import { z } from 'zod';
import { Id, Slug, IsoDate, HttpUrl, Names, LocalText, Text, Provenance } from './common.ts';

/** Which of the parent's four sectors a place belongs to. */
export const SectorNumber = z.int().min(1).max(4);

const base = {
  /** Stable id, unique in the dataset; data refers to the place by it. */
  id: Id,
  /** URL segment, unique among the parent's children; never changes, even on renaming. */
  slug: Slug,
  /** The place's name; missing forms are transliterated and flagged. */
  names: Names,
  /** SOATO code, where known. */
  soato: z
    .string()
    .regex(/^\d{4,10}$/, { error: 'must be 4 to 10 digits' })
    .optional(),
  /** True when the place (its name or make-up) is generated demo data. */
  illustrative: z.boolean().optional(),
  /** Publication date of the snapshot with which `npm run import` added the place (from a district's places sheet). */
  added: IsoDate.optional(),
  /** Set when the place was merged or split: its page then points to its successors. */
  replacedBy: z
    .strictObject({
      /** Date from which the successors exist. */
      date: IsoDate,
      /** Ids of the places that took over. */
      ids: z.array(Id).min(1),
    })
    .optional(),
};

/** A first-level unit: region, republic or the capital city. */
export const Region = z.strictObject({
  ...base,
  /** Kind of place. */
  kind: z.literal('region'),
  /** ISO 3166-2 code, e.g. `UZ-FA`. */
  iso: z
    .string()
    .regex(/^UZ-[A-Z]{2}$/)
    .optional(),
});

/** A second-level unit: a district (tuman) or a city (shahar). */
export const District = z.strictObject({
  ...base,
  /** Kind of place. */
  kind: z.enum(['district', 'city']),
  /** Id of its region. */
  parent: Id,
  /** Which of the region's sectors the district belongs to, where known. */
  sector: SectorNumber.optional(),
});

/** Someone who leads a sector; every part may be "not published". */
export const Leader = z.strictObject({
  /** The leader's name, only where a source publishes it. */
  name: Names.optional(),
  /** Date the information holds for. */
  asOf: IsoDate.optional(),
  /** Where it was published. */
  provenance: Provenance.optional(),
});

/** A public channel of a sector, such as a Telegram channel. */
export const Channel = z.strictObject({
  /** What kind of channel. */
  kind: z.enum(['telegram', 'website', 'other']),
  /** Its address, only where published. */
  url: HttpUrl.optional(),
  /** Date the information holds for. */
  asOf: IsoDate.optional(),
  /** Where it was published. */
  provenance: Provenance.optional(),
});

/** One of the four sectors of a region, district or city. */
export const Sector = z.strictObject({
  ...base,
  /** Kind of place. */
  kind: z.literal('sector'),
  /** Id of the region, district or city the sector divides. */
  parent: Id,
  /** 1 hokim, 2 prosecutor, 3 head of internal affairs, 4 head of the tax inspectorate. */
  number: SectorNumber,
  /** Who leads it. */
  leader: Leader.optional(),
  /** Its headquarters building. */
  headquarters: z
    .strictObject({
      /** Address, only where published. */
      address: LocalText.optional(),
      /** What is known about it, e.g. when the building opened. */
      note: LocalText.optional(),
      /** Date the information holds for. */
      asOf: IsoDate.optional(),
      /** Where it was published. */
      provenance: Provenance.optional(),
    })
    .optional(),
  /** Public channels. */
  channels: z.array(Channel).optional(),
});

/** A mahalla (citizens' assembly, MFY). */
export const Mahalla = z.strictObject({
  ...base,
  /** Kind of place. */
  kind: z.literal('mahalla'),
  /** Id of its district or city. */
  parent: Id,
  /** Which of the district's sectors it belongs to. */
  sector: SectorNumber,
  /** Position `[latitude, longitude]`, where known. */
  coords: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  /** A note on the source of the name, e.g. the spelling used by the source. */
  note: Text.optional(),
});

/** Any place. */
export const Place = z.discriminatedUnion('kind', [Region, District, Sector, Mahalla]);

/** The `places.json` file. */
export const PlacesFile = z.strictObject({
  /** Every place of the dataset, parents before or after children. */
  places: z.array(Place),
});

export type Sector = z.infer<typeof Sector>;
export type Mahalla = z.infer<typeof Mahalla>;
export type Place = z.infer<typeof Place>;
export type PlaceKind = Place['kind'];
export type PlacesFile = z.infer<typeof PlacesFile>;
