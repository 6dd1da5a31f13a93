//@ run-pass
//@ spec: 11.6
// Consts, static lookup tables and static mut counters touched only inside unsafe blocks.
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
static DAYS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const LEAP_EXTRA: u8 = 1;
static mut CALLS: u32 = 0;
static mut HISTORY: [u16; 4] = [0; 4];
static mut LAST: (i32, char) = (-1, '?');

fn is_leap(y: u16) -> bool {
    unsafe { CALLS += 1; }
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in(month: usize, year: u16) -> u8 {
    let extra = if month == 1 && is_leap(year) { LEAP_EXTRA } else { 0 };
    unsafe {
        let slot = (CALLS as usize) % 4;
        HISTORY[slot] = year;
        LAST = (month as i32, MONTHS[month].len() as u8 as char);
    }
    DAYS[month] + extra
}

fn day_of_year(day: u8, month: usize, year: u16) -> u32 {
    let mut total = day as u32;
    for m in 0..month {
        total += days_in(m, year) as u32;
    }
    total
}

fn main() {
    for y in [1900u16, 2000, 2023, 2024] {
        println!("{} leap={} feb={}", y, is_leap(y), days_in(1, y));
    }
    println!("Mar 1 2024 is day {}", day_of_year(1, 2, 2024));
    println!("Dec 31 2023 is day {}", day_of_year(31, 11, 2023));
    let mut total = 0u32;
    for d in DAYS.iter() { total += *d as u32; }
    println!("{} days in {} months", total, MONTHS.len());
    println!("{}", MONTHS[8]);
    unsafe {
        println!("is_leap called {} times", CALLS);
        println!("history {:?}", HISTORY);
        let (m, c) = LAST;
        println!("last month {} len-char {:?}", m, c);
        CALLS = 0;
        HISTORY[0] += 1;
        println!("{} {}", CALLS, HISTORY[0]);
    }
}
