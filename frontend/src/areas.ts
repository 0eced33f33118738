// The product's areas, in sidebar order. Areas without a page yet show "Próximamente".
import type { Component } from 'vue'
import {
  AnalyticsOutline, BarChartOutline, BusinessOutline, CalendarOutline, DocumentTextOutline,
  FlagOutline, SettingsOutline, SyncOutline, TrendingUpOutline, TrophyOutline,
} from '@vicons/ionicons5'

export type AreaKey =
  | 'accounts' | 'opportunities' | 'agenda' | 'quotes' | 'analysis'
  | 'plans' | 'rewards' | 'reports' | 'sync' | 'settings'

export interface Area {
  key: AreaKey
  path: string
  icon: Component
  comingSoon?: boolean
}

export const areas: Area[] = [
  { key: 'accounts', path: '/accounts', icon: BusinessOutline },
  { key: 'opportunities', path: '/opportunities', icon: TrendingUpOutline, comingSoon: true },
  { key: 'agenda', path: '/agenda', icon: CalendarOutline, comingSoon: true },
  { key: 'quotes', path: '/quotes', icon: DocumentTextOutline, comingSoon: true },
  { key: 'analysis', path: '/analysis', icon: AnalyticsOutline, comingSoon: true },
  { key: 'plans', path: '/plans', icon: FlagOutline, comingSoon: true },
  { key: 'rewards', path: '/rewards', icon: TrophyOutline, comingSoon: true },
  { key: 'reports', path: '/reports', icon: BarChartOutline, comingSoon: true },
  { key: 'sync', path: '/sync', icon: SyncOutline },
  { key: 'settings', path: '/settings', icon: SettingsOutline },
]
