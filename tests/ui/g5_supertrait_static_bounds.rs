//@ spec: 14.1 14.3 14.5
// A supertrait chain (Entity: Named + Scored) used through generic bounds and where clauses.
use std::fmt;

trait Named {
    fn name(&self) -> &'static str;
}

trait Scored {
    fn score(&self) -> i32;
    fn bonus(&self) -> i32 {
        0
    }
}

trait Entity: Named + Scored {
    fn total(&self) -> i32 {
        self.score() + self.bonus()
    }
    fn card(&self) {
        println!("{:<8}|{:>4}", self.name(), self.total());
    }
}

struct Player { level: i32 }
struct Boss { hp: i32 }

impl Named for Player { fn name(&self) -> &'static str { "player" } }
impl Scored for Player {
    fn score(&self) -> i32 { self.level * 10 }
    fn bonus(&self) -> i32 { 5 }
}
impl Entity for Player {}

impl Named for Boss { fn name(&self) -> &'static str { "boss" } }
impl Scored for Boss { fn score(&self) -> i32 { self.hp / 2 } }
impl Entity for Boss {
    fn card(&self) {
        println!("** {} with {} hp: {} **", self.name(), self.hp, self.total());
    }
}

impl fmt::Display for Player {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Player(lv {})", self.level)
    }
}

fn winner<A: Entity, B: Entity>(a: &A, b: &B) -> &'static str {
    if a.total() >= b.total() { a.name() } else { b.name() }
}

fn announce<E>(e: &E)
where
    E: Entity + fmt::Display,
{
    println!("{} scores {}", e, e.total());
}

fn only_named<N: Named>(n: &N) -> usize {
    n.name().len()
}

fn main() {
    let p = Player { level: 7 };
    let b = Boss { hp: 150 };
    p.card();
    b.card();
    println!("winner: {}", winner(&p, &b));
    println!("winner: {}", winner(&Player { level: 8 }, &b));
    announce(&p);
    println!("name lengths: {} {}", only_named(&p), only_named(&b));
}
