//@ spec: 13.2, 17.6, 17.8, 12.4
// A FIFO queue built from two Vec stacks: items move from `inbox` to `outbox` only when
// outbox is empty, so each element is moved twice and never cloned; leftovers drop with the queue.
struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { inbox: Vec::new(), outbox: Vec::new() }
    }
    fn enqueue(&mut self, item: T) {
        self.inbox.push(item);
    }
    fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
    fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }
}

struct PrintJob {
    doc: String,
    pages: u32,
}

impl Drop for PrintJob {
    fn drop(&mut self) {
        println!("  (job {} released)", self.doc);
    }
}

fn print_one(job: PrintJob) -> u32 {
    println!("printing {} ({} pages)", job.doc, job.pages);
    job.pages
}

fn main() {
    let mut spool = Queue::new();
    spool.enqueue(PrintJob { doc: String::from("report.pdf"), pages: 12 });
    spool.enqueue(PrintJob { doc: String::from("memo.txt"), pages: 1 });
    let mut printed = 0;
    printed += print_one(spool.dequeue().unwrap());
    spool.enqueue(PrintJob { doc: String::from("slides.odp"), pages: 30 });
    spool.enqueue(PrintJob { doc: String::from("poster.png"), pages: 2 });
    println!("queued: {} (in {}, out {})", spool.len(), spool.inbox.len(), spool.outbox.len());
    printed += print_one(spool.dequeue().unwrap());
    printed += print_one(spool.dequeue().unwrap());
    println!("pages so far {}", printed);

    let mut q: Queue<u32> = Queue::new();
    let mut order = Vec::new();
    for round in 1..=3u32 {
        for k in 0..round {
            q.enqueue(round * 10 + k);
        }
        if let Some(x) = q.dequeue() {
            order.push(x);
        }
    }
    while let Some(x) = q.dequeue() {
        order.push(x);
    }
    println!("{:?}", order);
    println!("dropping spool with {} job(s)", spool.len());
}
