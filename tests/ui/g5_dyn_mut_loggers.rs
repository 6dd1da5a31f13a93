//@ spec: 14.10 14.1
// &mut dyn Trait objects: several sinks mutated through one logging interface.
trait Sink {
    fn write(&mut self, level: u8, msg: &str);
    fn count(&self) -> u32;
    fn label(&self) -> &'static str {
        "sink"
    }
}

struct Console {
    lines: u32,
}

struct Filtered {
    min_level: u8,
    kept: u32,
    dropped: u32,
}

struct Total {
    bytes: usize,
    n: u32,
}

impl Sink for Console {
    fn write(&mut self, level: u8, msg: &str) {
        self.lines += 1;
        println!("  console #{} [L{}] {}", self.lines, level, msg);
    }
    fn count(&self) -> u32 { self.lines }
    fn label(&self) -> &'static str { "console" }
}

impl Sink for Filtered {
    fn write(&mut self, level: u8, msg: &str) {
        if level >= self.min_level {
            self.kept += 1;
            println!("  filtered kept: {}", msg);
        } else {
            self.dropped += 1;
        }
    }
    fn count(&self) -> u32 { self.kept }
    fn label(&self) -> &'static str { "filtered" }
}

impl Sink for Total {
    fn write(&mut self, _level: u8, msg: &str) {
        self.bytes += msg.len();
        self.n += 1;
    }
    fn count(&self) -> u32 { self.n }
}

fn log_to(sink: &mut dyn Sink, level: u8, msg: &str) {
    sink.write(level, msg);
}

fn broadcast(sinks: &mut [&mut dyn Sink], level: u8, msg: &str) {
    for i in 0..sinks.len() {
        sinks[i].write(level, msg);
    }
}

fn main() {
    let mut c = Console { lines: 0 };
    let mut f = Filtered { min_level: 2, kept: 0, dropped: 0 };
    let mut t = Total { bytes: 0, n: 0 };
    log_to(&mut c, 1, "starting");
    log_to(&mut f, 3, "disk almost full");
    {
        let mut all: [&mut dyn Sink; 3] = [&mut c, &mut f, &mut t];
        broadcast(&mut all, 1, "tick");
        broadcast(&mut all, 2, "warning: slow");
        for s in all.iter() {
            println!("{} saw {}", s.label(), s.count());
        }
    }
    println!("dropped by filter: {}", f.dropped);
    println!("total bytes: {} in {} messages", t.bytes, t.n);
}
