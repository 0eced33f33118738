export namespace app {
	
	export class AccountDTO {
	    id: string;
	    name: string;
	    legalName: string;
	    taxId: string;
	    type: string;
	    industry: string;
	    segment: string;
	    status: string;
	    address: string;
	    city: string;
	    region: string;
	    country: string;
	    phone: string;
	    email: string;
	    website: string;
	    leadSource: string;
	    owner: string;
	    potentialMinor: number;
	    potential: string;
	    potentialCurrency: string;
	    keyAccount: boolean;
	    notes: string;
	    firstSaleOn: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new AccountDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.legalName = source["legalName"];
	        this.taxId = source["taxId"];
	        this.type = source["type"];
	        this.industry = source["industry"];
	        this.segment = source["segment"];
	        this.status = source["status"];
	        this.address = source["address"];
	        this.city = source["city"];
	        this.region = source["region"];
	        this.country = source["country"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.website = source["website"];
	        this.leadSource = source["leadSource"];
	        this.owner = source["owner"];
	        this.potentialMinor = source["potentialMinor"];
	        this.potential = source["potential"];
	        this.potentialCurrency = source["potentialCurrency"];
	        this.keyAccount = source["keyAccount"];
	        this.notes = source["notes"];
	        this.firstSaleOn = source["firstSaleOn"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class AccountInput {
	    id: string;
	    name: string;
	    legalName: string;
	    taxId: string;
	    type: string;
	    industry: string;
	    segment: string;
	    status: string;
	    address: string;
	    city: string;
	    region: string;
	    country: string;
	    phone: string;
	    email: string;
	    website: string;
	    leadSource: string;
	    owner: string;
	    potential: string;
	    potentialCurrency: string;
	    keyAccount: boolean;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new AccountInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.legalName = source["legalName"];
	        this.taxId = source["taxId"];
	        this.type = source["type"];
	        this.industry = source["industry"];
	        this.segment = source["segment"];
	        this.status = source["status"];
	        this.address = source["address"];
	        this.city = source["city"];
	        this.region = source["region"];
	        this.country = source["country"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.website = source["website"];
	        this.leadSource = source["leadSource"];
	        this.owner = source["owner"];
	        this.potential = source["potential"];
	        this.potentialCurrency = source["potentialCurrency"];
	        this.keyAccount = source["keyAccount"];
	        this.notes = source["notes"];
	    }
	}
	export class AccountPageDTO {
	    items: AccountDTO[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountPageDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], AccountDTO);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountQuery {
	    query: string;
	    segment: string;
	    status: string;
	    owner: string;
	    industry: string;
	    region: string;
	    keyAccount: string;
	    sort: string;
	    desc: boolean;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.query = source["query"];
	        this.segment = source["segment"];
	        this.status = source["status"];
	        this.owner = source["owner"];
	        this.industry = source["industry"];
	        this.region = source["region"];
	        this.keyAccount = source["keyAccount"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class ContactDTO {
	    id: string;
	    accountId: string;
	    accountName: string;
	    name: string;
	    title: string;
	    email: string;
	    phone: string;
	    mobile: string;
	    primary: boolean;
	    buyingRole: string;
	    attitude: string;
	    influence: string;
	    reportsTo: string;
	    relationshipOwner: string;
	    lastInteraction: string;
	    notes: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ContactDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.mobile = source["mobile"];
	        this.primary = source["primary"];
	        this.buyingRole = source["buyingRole"];
	        this.attitude = source["attitude"];
	        this.influence = source["influence"];
	        this.reportsTo = source["reportsTo"];
	        this.relationshipOwner = source["relationshipOwner"];
	        this.lastInteraction = source["lastInteraction"];
	        this.notes = source["notes"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class ContactInput {
	    id: string;
	    accountId: string;
	    name: string;
	    title: string;
	    email: string;
	    phone: string;
	    mobile: string;
	    primary: boolean;
	    buyingRole: string;
	    attitude: string;
	    influence: string;
	    reportsTo: string;
	    relationshipOwner: string;
	    lastInteraction: string;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new ContactInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.mobile = source["mobile"];
	        this.primary = source["primary"];
	        this.buyingRole = source["buyingRole"];
	        this.attitude = source["attitude"];
	        this.influence = source["influence"];
	        this.reportsTo = source["reportsTo"];
	        this.relationshipOwner = source["relationshipOwner"];
	        this.lastInteraction = source["lastInteraction"];
	        this.notes = source["notes"];
	    }
	}
	export class ContactPageDTO {
	    items: ContactDTO[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ContactPageDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], ContactDTO);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ContactQuery {
	    accountId: string;
	    query: string;
	    sort: string;
	    desc: boolean;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new ContactQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.query = source["query"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	export class DemoDTO {
	    accounts: number;
	    contacts: number;
	
	    static createFrom(source: any = {}) {
	        return new DemoDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accounts = source["accounts"];
	        this.contacts = source["contacts"];
	    }
	}
	export class InfoDTO {
	    version: string;
	    dataDir: string;
	    language: string;
	    userName: string;
	
	    static createFrom(source: any = {}) {
	        return new InfoDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.dataDir = source["dataDir"];
	        this.language = source["language"];
	        this.userName = source["userName"];
	    }
	}
	export class OptionsDTO {
	    accountTypes: string[];
	    statuses: string[];
	    segments: string[];
	    leadSources: string[];
	    currencies: string[];
	    buyingRoles: string[];
	    attitudes: string[];
	    influences: string[];
	
	    static createFrom(source: any = {}) {
	        return new OptionsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountTypes = source["accountTypes"];
	        this.statuses = source["statuses"];
	        this.segments = source["segments"];
	        this.leadSources = source["leadSources"];
	        this.currencies = source["currencies"];
	        this.buyingRoles = source["buyingRoles"];
	        this.attitudes = source["attitudes"];
	        this.influences = source["influences"];
	    }
	}

}

export namespace kam {
	
	export class AccountFacets {
	    owners: string[];
	    industries: string[];
	    regions: string[];
	
	    static createFrom(source: any = {}) {
	        return new AccountFacets(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.owners = source["owners"];
	        this.industries = source["industries"];
	        this.regions = source["regions"];
	    }
	}
	export class SearchHit {
	    entity: string;
	    id: string;
	    accountId: string;
	    title: string;
	    subtitle: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.title = source["title"];
	        this.subtitle = source["subtitle"];
	    }
	}
	export class SyncStatus {
	    deviceId: string;
	    deviceCode: string;
	    provisional: boolean;
	    enrolled: boolean;
	    pending: number;
	    rejected: number;
	    lastSync: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.deviceId = source["deviceId"];
	        this.deviceCode = source["deviceCode"];
	        this.provisional = source["provisional"];
	        this.enrolled = source["enrolled"];
	        this.pending = source["pending"];
	        this.rejected = source["rejected"];
	        this.lastSync = source["lastSync"];
	    }
	}

}

